/** What the first bytes say a file is, before any parser sees it. */
export type Sniffed = 'zip' | 'text' | 'legacy-xls' | 'binary' | 'empty';

const startsWith = (buf: Uint8Array, sig: readonly number[]) => sig.every((b, i) => buf[i] === b);

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (Windows executable)
];

/**
 * Sniffs by magic bytes, never by file name: a zip (`PK\x03\x04`, or `PK\x05\x06` for an
 * empty one) may be an xlsx; OLE2 is a legacy .xls; text is anything with a UTF-16 BOM or
 * without NUL bytes and with few control characters in its first 64 KB.
 */
export function sniff(buf: Uint8Array): Sniffed {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-xls';
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return 'text';
  if (BINARY_SIGNATURES.some((sig) => startsWith(buf, sig))) return 'binary';
  const head = buf.subarray(0, 65536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length * 0.05 ? 'binary' : 'text';
}
