import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportExportService, fileStem } from '../../../electron/services/import-export-service';
import { parseRequest } from '../../../shared/ipc/schemas';
import { buildZip, xlsxParts, zeroBomb } from '../import/support/zip';
import { assign, exhibitor, show } from './fixtures';

const b64 = (data: string | Uint8Array) => Buffer.from(data).toString('base64');

function service() {
  const p = show(3);
  p.exhibitors.e1 = exhibitor('e1', 'Viettel Group', '越南军队电信集团', 'VN', { fascia: { zh: '越南电信', en: 'VIETTEL' } });
  assign(p, 'b2', 'e1');
  return new ImportExportService((h) => (h === 'h1' ? p : null));
}

describe('ImportExportService.parseImportFile', () => {
  it('reads an uploaded CSV in GBK and in UTF-8 with BOM', async () => {
    const csv = '企业名称,国家\r\n越南电信,越南\r\n';
    for (const bytes of [iconv.encode(csv, 'gbk'), Buffer.from(`\uFEFF${csv}`, 'utf8')]) {
      const res = await service().parseImportFile({ fileName: 'list.csv', dataBase64: b64(bytes) });
      expect(res.ok && res.value.rows.map((r) => r.cells)).toEqual([['企业名称', '国家'], ['越南电信', '越南']]);
    }
  });

  it('refuses a zip bomb, a truncated workbook and 200,000 rows with clear codes', async () => {
    const s = service();
    const bomb = buildZip(xlsxParts(zeroBomb('xl/worksheets/sheet1.xml', 300)));
    expect(await s.parseImportFile({ fileName: 'bomb.xlsx', dataBase64: b64(bomb) })).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([['企业名称', '国家'], ...Array.from({ length: 50 }, (_, i) => [`公司${i}`, '中国'])]);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    const res = await s.parseImportFile({ fileName: 'cut.xlsx', dataBase64: b64(truncated) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(['bad-zip', 'xlsx-corrupt']).toContain(res.error.code);

    const many = `name,country\n${'Acme,CN\n'.repeat(200_000)}`;
    expect(await s.parseImportFile({ fileName: 'many.csv', dataBase64: b64(many) })).toMatchObject({ ok: false, error: { code: 'too-many-rows', limit: 50_000 } });
  }, 60_000);

  it('refuses text that is not base64 without starting a parse', async () => {
    expect(await service().parseImportFile({ fileName: 'x.csv', dataBase64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'unknown-format' } });
  });

  it('the request schema caps the payload', () => {
    expect(() => parseRequest('parseImportFile', { fileName: 'a.csv', dataBase64: 'A'.repeat(30_000_004) })).toThrow(/dataBase64/);
    expect(() => parseRequest('renderExport', { handle: 'h1', kind: 'exhibitors-pdf', language: 'en' })).toThrow(/kind/);
  });
});

describe('ImportExportService.renderExport', () => {
  it('renders the exhibitor list with booths as CSV and the fascia list as XLSX', async () => {
    const s = service();
    const csv = await s.renderExport({ handle: 'h1', kind: 'exhibitors-csv', language: 'en' });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.value).toMatchObject({ fileName: 'Test-Show-exhibitors.csv', mime: 'text/csv;charset=utf-8' });
    const text = Buffer.from(csv.value.dataBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFChinese Name,English Name')).toBe(true);
    expect(text).toContain('越南军队电信集团,Viettel Group,Vietnam');
    expect(text).toContain('A-002');

    const xlsx = await s.renderExport({ handle: 'h1', kind: 'fascia-xlsx', language: 'zh' });
    expect(xlsx.ok).toBe(true);
    if (!xlsx.ok) return;
    expect(xlsx.value.fileName).toBe('测试展-楣板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.value.dataBase64, 'base64') as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['展位号', '展馆', '楣板(中文)', '楣板(英文)', '参展商']);
    expect(rows[1]).toEqual(['A-002', 'A 1号馆', '越南电信', 'VIETTEL', '越南军队电信集团']);
  });

  it('answers unknown-handle for a show that is not open', async () => {
    expect(await service().renderExport({ handle: 'nope', kind: 'fascia-csv', language: 'en' })).toEqual({ ok: false, error: { code: 'unknown-handle' } });
  });

  it('makes safe file names', () => {
    expect(fileStem('China–ASEAN Expo 2026 / Tech')).toBe('China-ASEAN-Expo-2026-Tech');
    expect(fileStem('../..')).toBe('show');
  });
});
