import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inspectZip, parseSpreadsheet, DEFAULT_IMPORT_LIMITS } from '../../../electron/services/import';
import { SHEET_XML, buildZip, deflated, xlsxParts, zeroBomb } from './support/zip';
import { tempDir, writeTemp } from './support/files';

const dir = tempDir();

describe('zip inflation cap', () => {
  it('accepts a small honest workbook built by hand', async () => {
    const res = await parseSpreadsheet(buildZip(xlsxParts(deflated('xl/worksheets/sheet1.xml', SHEET_XML))));
    expect(res.ok && res.value.rows.map((r) => r.cells)).toEqual([['企业名称', '国家'], ['越南电信', '越南']]);
  });

  it('refuses a zip bomb from its central directory, before anything is inflated', async () => {
    const bomb = buildZip(xlsxParts(zeroBomb('xl/worksheets/sheet1.xml', 300)));
    expect(bomb.length).toBeLessThan(400_000);
    const t0 = performance.now();
    const res = await parseSpreadsheet(writeTemp(dir, 'bomb.xlsx', bomb));
    expect(res).toMatchObject({ ok: false, error: { code: 'zip-bomb', limit: 200 * 1024 * 1024 } });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses an extreme compression ratio even under the size cap', () => {
    const res = inspectZip(buildZip(xlsxParts(zeroBomb('xl/worksheets/sheet1.xml', 20))), DEFAULT_IMPORT_LIMITS);
    expect(res).toMatchObject({ ok: false, error: { code: 'zip-bomb', limit: 100 } });
    const small = inspectZip(buildZip(xlsxParts(zeroBomb('xl/worksheets/sheet1.xml', 2))), DEFAULT_IMPORT_LIMITS);
    expect(small.ok).toBe(true);
  });

  it('catches a bomb that lies about its size by counting what it really inflates to, before the worker', async () => {
    const liar = { ...zeroBomb('xl/worksheets/sheet1.xml', 1024), declaredSize: 4096 };
    const bytes = buildZip(xlsxParts(liar));
    expect(inspectZip(bytes, DEFAULT_IMPORT_LIMITS).ok).toBe(true);
    const t0 = performance.now();
    const res = await parseSpreadsheet(bytes);
    const ms = performance.now() - t0;
    console.log(`lying bomb (1 GB declared as 4 KB): ${JSON.stringify(res)} in ${ms.toFixed(0)} ms`);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('zip-bomb');
    expect(ms).toBeLessThan(10_000);
  }, 30_000);
});

describe('broken and oversized files', () => {
  it('reports a truncated xlsx as a bad zip, and a damaged one as corrupt', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let i = 0; i < 200; i++) ws.addRow([`公司${i}`, 'VN', i]);
    const full = Buffer.from(await wb.xlsx.writeBuffer());
    const truncated = await parseSpreadsheet(writeTemp(dir, 'cut.xlsx', full.subarray(0, Math.floor(full.length * 0.6))));
    expect(!truncated.ok && truncated.error.code).toBe('bad-zip');
    const damaged = Buffer.from(full);
    // Overwrite the middle (entry data) but keep the central directory intact.
    damaged.fill(0x41, 200, Math.floor(full.length / 2));
    const res = await parseSpreadsheet(damaged);
    expect(!res.ok && res.error.code).toBe('xlsx-corrupt');
  });

  it('refuses 200,000 CSV rows quickly with too-many-rows', async () => {
    const lines = ['企业名称,国家,面积'];
    for (let i = 0; i < 200_000; i++) lines.push(`公司${i},越南,${9 + (i % 30)}`);
    const file = writeTemp(dir, 'huge.csv', lines.join('\n'));
    const t0 = performance.now();
    const res = await parseSpreadsheet(file);
    const ms = performance.now() - t0;
    console.log(`200,000 rows refused in ${ms.toFixed(0)} ms`);
    expect(res).toEqual({ ok: false, error: { code: 'too-many-rows', limit: 50_000 } });
    expect(ms).toBeLessThan(5000);
    const fits = await parseSpreadsheet(file, { limits: { maxRows: 250_000 } });
    expect(fits.ok && fits.value.rows.length).toBe(200_001);
  });

  it('refuses an xlsx with too many rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let i = 0; i < 120; i++) ws.addRow([`公司${i}`, 'VN']);
    const res = await parseSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()), { limits: { maxRows: 100 } });
    expect(res).toEqual({ ok: false, error: { code: 'too-many-rows', limit: 100 } });
  });

  it('stops a parse that runs past the time limit, and one that runs out of heap', async () => {
    const csv = Buffer.from('a,b\n'.repeat(1000));
    expect(await parseSpreadsheet(csv, { limits: { timeoutMs: 1 } })).toEqual({ ok: false, error: { code: 'timeout', limit: 0.001 } });
    const wide = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `"${'x'.repeat(200)}${i}",${'y'.repeat(200)}`).join('\n'));
    const oom = await parseSpreadsheet(wide, { limits: { workerHeapMb: 8 } });
    expect(!oom.ok && oom.error.code).toBe('out-of-memory');
  }, 30_000);
});

describe('parses one at a time', () => {
  it('queues parses started together so two cores are not swamped, and each still answers', async () => {
    const { parsePeakConcurrency } = await import('../../../electron/services/import/parse-spreadsheet');
    const csv = (n: number) => writeTemp(dir, `q${n}.csv`, ['企业名称,国家', ...Array.from({ length: 500 }, (_, i) => `公司${n}-${i},越南`)].join('\n'));
    const results = await Promise.all([0, 1, 2, 3].map((n) => parseSpreadsheet(csv(n))));
    expect(results.map((r) => r.ok && r.value.rows.length)).toEqual([501, 501, 501, 501]);
    expect(parsePeakConcurrency()).toBe(1);
  });
});
