import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes a text file the way Chinese offices produce them: UTF-8 with or without BOM,
 * UTF-16 with BOM (Excel's "Unicode text"), else GB18030 (a superset of GBK and GB2312, what
 * Excel on Chinese Windows writes as "CSV") whenever the bytes are not valid UTF-8.
 */
export function decodeText(buf: Uint8Array): DecodedText {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}
