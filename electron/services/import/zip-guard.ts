import type { SpreadsheetError } from '../../../shared/exhibitors/import/types';
import type { ImportLimits } from './limits';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate (anything else is refused when inflated). */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

export type ZipInspection = { ok: true; entries: ZipEntryInfo[]; inflatedBytes: number } | { ok: false; error: SpreadsheetError };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 10_000;

class Truncated extends Error {}

/** Bounds-checked little-endian reads: a lie in the directory becomes `bad-zip`, not a RangeError deep inside. */
class Reader {
  constructor(private readonly buf: Uint8Array) {}
  private view = (at: number, len: number) => {
    if (at < 0 || at + len > this.buf.length) throw new Truncated();
    return new DataView(this.buf.buffer, this.buf.byteOffset + at, len);
  };
  u16 = (at: number) => this.view(at, 2).getUint16(0, true);
  u32 = (at: number) => this.view(at, 4).getUint32(0, true);
  u64 = (at: number) => Number(this.view(at, 8).getBigUint64(0, true));
  text(at: number, len: number): string {
    this.view(at, len);
    return new TextDecoder('utf-8').decode(this.buf.subarray(at, at + len));
  }
}

function findEocd(buf: Uint8Array, r: Reader): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= stop; at--) {
    if (buf[at] === 0x50 && buf[at + 1] === 0x4b && r.u32(at) === EOCD) return at;
  }
  return -1;
}

/**
 * Reads a zip's central directory (ZIP64 included) without inflating anything and refuses
 * archives that would inflate past the limits — before exceljs is allowed to open them. The
 * declared sizes can lie; the parse worker's heap limit is the second line of defence.
 */
export function inspectZip(buf: Uint8Array, limits: Pick<ImportLimits, 'maxInflatedBytes' | 'maxInflationRatio' | 'ratioFloorBytes'>): ZipInspection {
  const r = new Reader(buf);
  try {
    const eocd = findEocd(buf, r);
    if (eocd < 0) return { ok: false, error: { code: 'bad-zip', detail: 'end of central directory not found (truncated file?)' } };
    let count = r.u16(eocd + 10);
    let cdSize = r.u32(eocd + 12);
    let cdOffset = r.u32(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || r.u32(loc) !== ZIP64_LOCATOR) return { ok: false, error: { code: 'bad-zip', detail: 'ZIP64 locator missing' } };
      const z64 = r.u64(loc + 8);
      if (r.u32(z64) !== ZIP64_EOCD) return { ok: false, error: { code: 'bad-zip', detail: 'ZIP64 end record missing' } };
      count = r.u64(z64 + 32);
      cdSize = r.u64(z64 + 40);
      cdOffset = r.u64(z64 + 48);
    }
    if (count > MAX_ENTRIES) return { ok: false, error: { code: 'zip-bomb', detail: `${count} entries`, limit: MAX_ENTRIES } };
    if (cdOffset + cdSize > buf.length) return { ok: false, error: { code: 'bad-zip', detail: 'central directory beyond end of file' } };
    const entries: ZipEntryInfo[] = [];
    let inflated = 0;
    let compressed = 0;
    let at = cdOffset;
    for (let i = 0; i < count; i++) {
      if (r.u32(at) !== CENTRAL) return { ok: false, error: { code: 'bad-zip', detail: `bad central directory entry ${i}` } };
      const method = r.u16(at + 10);
      let csize = r.u32(at + 20);
      let usize = r.u32(at + 24);
      let localHeaderOffset = r.u32(at + 42);
      const nameLen = r.u16(at + 28);
      const extraLen = r.u16(at + 30);
      const commentLen = r.u16(at + 32);
      const name = r.text(at + 46, nameLen);
      if (usize === 0xffffffff || csize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // ZIP64 extra field: the 8-byte sizes appear in this order, each only if its 32-bit field is maxed.
        let e = at + 46 + nameLen;
        const end = e + extraLen;
        while (e + 4 <= end) {
          const id = r.u16(e);
          const size = r.u16(e + 2);
          if (id === 0x0001) {
            let p = e + 4;
            if (usize === 0xffffffff) {
              usize = r.u64(p);
              p += 8;
            }
            if (csize === 0xffffffff) {
              csize = r.u64(p);
              p += 8;
            }
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = r.u64(p);
            break;
          }
          e += 4 + size;
        }
      }
      entries.push({ name, compressedSize: csize, uncompressedSize: usize, method, localHeaderOffset });
      inflated += usize;
      compressed += csize;
      if (inflated > limits.maxInflatedBytes) {
        return { ok: false, error: { code: 'zip-bomb', detail: `inflates to more than ${limits.maxInflatedBytes} bytes`, limit: limits.maxInflatedBytes } };
      }
      at += 46 + nameLen + extraLen + commentLen;
    }
    const ratio = inflated / Math.max(1, compressed);
    if (inflated > limits.ratioFloorBytes && ratio > limits.maxInflationRatio) {
      return { ok: false, error: { code: 'zip-bomb', detail: `inflation ratio ${ratio.toFixed(0)}`, limit: limits.maxInflationRatio } };
    }
    return { ok: true, entries, inflatedBytes: inflated };
  } catch (e) {
    if (e instanceof Truncated) return { ok: false, error: { code: 'bad-zip', detail: 'zip structure runs past the end of the file' } };
    throw e;
  }
}

/** An Office Open XML spreadsheet has a content-types part and a workbook part. */
export function isXlsxPackage(entries: readonly ZipEntryInfo[]): boolean {
  const names = new Set(entries.map((e) => e.name));
  return names.has('[Content_Types].xml') && names.has('xl/workbook.xml');
}
