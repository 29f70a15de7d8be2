import { createInflateRaw } from 'node:zlib';
import type { SpreadsheetError } from '../../../shared/exhibitors/import/types';
import type { ImportLimits } from './limits';
import type { ZipEntryInfo } from './zip-guard';

const LOCAL = 0x04034b50;

/**
 * Inflates every entry of a zip once, counting the bytes as they stream out and keeping none
 * of them, and stops at the first limit passed. The central directory's sizes can lie (a
 * "4 KB" entry that inflates to 1 GB); this counts what the data really inflates to, in
 * constant memory, before exceljs is allowed to inflate it all into the worker's heap.
 */
export async function checkInflatedSize(
  buf: Uint8Array,
  entries: readonly ZipEntryInfo[],
  limits: Pick<ImportLimits, 'maxInflatedBytes' | 'maxInflationRatio' | 'ratioFloorBytes'>,
): Promise<{ ok: true; inflatedBytes: number } | { ok: false; error: SpreadsheetError }> {
  const compressedTotal = Math.max(1, entries.reduce((n, e) => n + e.compressedSize, 0));
  let total = 0;
  const tooMuch = (): SpreadsheetError | null => {
    if (total > limits.maxInflatedBytes) return { code: 'zip-bomb', detail: `inflates to more than ${limits.maxInflatedBytes} bytes`, limit: limits.maxInflatedBytes };
    if (total > limits.ratioFloorBytes && total / compressedTotal > limits.maxInflationRatio) {
      return { code: 'zip-bomb', detail: `inflation ratio above ${limits.maxInflationRatio}`, limit: limits.maxInflationRatio };
    }
    return null;
  };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length || view.getUint32(at, true) !== LOCAL) return { ok: false, error: { code: 'bad-zip', detail: `local header of ${entry.name.slice(0, 100)} not found` } };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > buf.length) return { ok: false, error: { code: 'bad-zip', detail: 'entry data runs past the end of the file' } };
    const data = buf.subarray(start, end);
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const stop = await inflateCounting(data, (n) => {
        total += n;
        return tooMuch();
      });
      if (stop && 'code' in stop) return { ok: false, error: stop };
    } else {
      return { ok: false, error: { code: 'bad-zip', detail: `compression method ${entry.method}` } };
    }
    const over = tooMuch();
    if (over) return { ok: false, error: over };
  }
  return { ok: true, inflatedBytes: total };
}

/** Streams `data` through inflate; `onBytes` sees each chunk's size and may stop it with an error. */
function inflateCounting(data: Uint8Array, onBytes: (n: number) => SpreadsheetError | null): Promise<SpreadsheetError | { done: true }> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let settled = false;
    const finish = (r: SpreadsheetError | { done: true }) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    inflate.on('data', (chunk: Buffer) => {
      const over = onBytes(chunk.length);
      if (over) {
        finish(over);
        inflate.destroy();
      }
    });
    inflate.on('end', () => finish({ done: true }));
    // The zip's directory was sound (inspectZip passed): the workbook's content is what is damaged.
    inflate.on('error', (e) => finish({ code: 'xlsx-corrupt', detail: `damaged compressed data: ${e.message.slice(0, 200)}` }));
    inflate.end(data);
  });
}
