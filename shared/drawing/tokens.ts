/**
 * DXF group pairs from ASCII or binary files. A pair is a group code (what the value means)
 * and its value; numbers are parsed by code range as the DXF reference defines them, the rest
 * stay strings. Nothing here trusts the file: every read is bounds-checked and a malformed
 * pair ends the read with a `DxfFormatError`, never a loop.
 */

export type GroupValue = string | number;
export type Pair = [code: number, value: GroupValue];

export class DxfFormatError extends Error {
  constructor(
    readonly code: 'corrupt' | 'truncated',
    detail: string,
  ) {
    super(detail);
  }
}

const BINARY_SENTINEL = 'AutoCAD Binary DXF\r\n\x1a\0';

export function isBinaryDxf(bytes: Uint8Array): boolean {
  if (bytes.length < BINARY_SENTINEL.length) return false;
  for (let i = 0; i < BINARY_SENTINEL.length; i++) if (bytes[i] !== BINARY_SENTINEL.charCodeAt(i)) return false;
  return true;
}

type Kind = 'string' | 'double' | 'int16' | 'int32' | 'int64' | 'bool' | 'binary';

/** Value type of a group code (DXF reference, "Group code value types"). */
export function kindOf(code: number): Kind {
  if (code >= 10 && code <= 59) return 'double';
  if (code >= 60 && code <= 79) return 'int16';
  if (code >= 90 && code <= 99) return 'int32';
  if (code >= 110 && code <= 149) return 'double';
  if (code >= 160 && code <= 169) return 'int64';
  if (code >= 170 && code <= 179) return 'int16';
  if (code >= 210 && code <= 239) return 'double';
  if (code >= 270 && code <= 289) return 'int16';
  if (code >= 290 && code <= 299) return 'bool';
  if (code >= 310 && code <= 319) return 'binary';
  if (code >= 370 && code <= 389) return 'int16';
  if (code >= 400 && code <= 409) return 'int16';
  if (code >= 420 && code <= 429) return 'int32';
  if (code >= 440 && code <= 459) return 'int32';
  if (code >= 460 && code <= 469) return 'double';
  if (code === 1004) return 'binary';
  if (code >= 1010 && code <= 1059) return 'double';
  if (code >= 1060 && code <= 1070) return 'int16';
  if (code === 1071) return 'int32';
  return 'string';
}

/** Parses an ASCII value the way the `dxf` handlers expect (floats, ints, or the text). */
function asciiValue(code: number, raw: string): GroupValue {
  const k = kindOf(code);
  if (k === 'double') return parseFloat(raw);
  if (k === 'int16' || k === 'int32' || k === 'int64' || k === 'bool') return parseInt(raw, 10);
  return raw;
}

/** Where a read has got to (characters or bytes), for the progress bar. */
export interface ReadCursor {
  pos: number;
}

/** Pairs of an ASCII DXF, lazily; `cursor.pos` follows the read. */
export function* asciiPairs(text: string, cursor: ReadCursor = { pos: 0 }): Generator<Pair, void, undefined> {
  let pos = 0;
  const n = text.length;
  let line = 0;
  const next = (): string | null => {
    if (pos >= n) return null;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let s = text.slice(pos, end);
    if (s.endsWith('\r')) s = s.slice(0, -1);
    pos = end + 1;
    cursor.pos = pos;
    line++;
    return s;
  };
  for (;;) {
    const c = next();
    if (c === null) return;
    const t = c.trim();
    if (t === '' && pos >= n) return;
    if (!/^-?\d{1,4}$/.test(t)) throw new DxfFormatError('corrupt', `line ${line}: "${t.slice(0, 20)}" is not a group code`);
    const v = next();
    if (v === null) throw new DxfFormatError('truncated', `line ${line}: group code without a value`);
    const code = Number(t);
    yield [code, asciiValue(code, code === 0 || code === 2 || code === 8 || code === 9 ? v.trim() : v)];
  }
}

/**
 * Pairs of a binary DXF. R12 writes one-byte group codes (255 escapes a two-byte one), R13
 * and later two-byte little-endian codes; the first pair (0 SECTION) tells which.
 */
export function* binaryPairs(bytes: Uint8Array, decode: (b: Uint8Array) => string, cursor: ReadCursor = { pos: 0 }): Generator<Pair, void, undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = BINARY_SENTINEL.length;
  const twoByte = bytes[pos] === 0 && bytes[pos + 1] === 0;
  const need = (k: number) => {
    if (pos + k > bytes.length) throw new DxfFormatError('truncated', `binary DXF ends inside a value at byte ${pos}`);
  };
  while (pos < bytes.length) {
    let code: number;
    if (twoByte) {
      need(2);
      code = view.getInt16(pos, true);
      pos += 2;
    } else {
      need(1);
      code = bytes[pos]!;
      pos += 1;
      if (code === 255) {
        need(2);
        code = view.getInt16(pos, true);
        pos += 2;
      }
    }
    const k = kindOf(code);
    let value: GroupValue;
    switch (k) {
      case 'double':
        need(8);
        value = view.getFloat64(pos, true);
        pos += 8;
        break;
      case 'int16':
        need(2);
        value = view.getInt16(pos, true);
        pos += 2;
        break;
      case 'int32':
        need(4);
        value = view.getInt32(pos, true);
        pos += 4;
        break;
      case 'int64':
        need(8);
        value = Number(view.getBigInt64(pos, true));
        pos += 8;
        break;
      case 'bool':
        need(1);
        value = bytes[pos]!;
        pos += 1;
        break;
      case 'binary': {
        need(1);
        const len = bytes[pos]!;
        need(1 + len);
        value = '';
        pos += 1 + len;
        break;
      }
      default: {
        let end = pos;
        while (end < bytes.length && bytes[end] !== 0) end++;
        if (end >= bytes.length) throw new DxfFormatError('truncated', `binary DXF ends inside a text at byte ${pos}`);
        value = decode(bytes.subarray(pos, end));
        pos = end + 1;
      }
    }
    cursor.pos = pos;
    yield [code, value];
  }
}

const CODEPAGES: Record<string, string> = {
  ANSI_936: 'gbk',
  ANSI_950: 'big5',
  ANSI_932: 'shift_jis',
  ANSI_949: 'euc-kr',
  ANSI_874: 'windows-874',
  ANSI_1250: 'windows-1250',
  ANSI_1251: 'windows-1251',
  ANSI_1252: 'windows-1252',
  ANSI_1253: 'windows-1253',
  ANSI_1254: 'windows-1254',
  ANSI_1255: 'windows-1255',
  ANSI_1256: 'windows-1256',
  ANSI_1257: 'windows-1257',
  ANSI_1258: 'windows-1258',
};

/**
 * The text encoding of a DXF: UTF-8 from AutoCAD 2007 (AC1021) on; before that the code page
 * named in `$DWGCODEPAGE` (a Chinese drawing is usually ANSI_936, i.e. GBK). Read from the
 * header, which comes first; an unknown code page falls back to UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252.
 */
export function textEncodingOf(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
  const ver = /\$ACADVER\s*\r?\n\s*1\s*\r?\n\s*AC(\d{4})/.exec(head);
  if (ver && Number(ver[1]) >= 1021) return 'utf-8';
  const cp = /\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n\s*([A-Za-z0-9_]+)/.exec(head);
  const label = cp ? CODEPAGES[cp[1]!.toUpperCase()] : undefined;
  if (label) return label;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024)));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
