import { toCsv } from '../csv';
import type { FieldProblem } from './parse-row';
import type { RejectedRow } from './plan';

const PROBLEM_TEXT: Record<FieldProblem['code'], { zh: string; en: string }> = {
  'name-missing': { zh: '缺少企业名称', en: 'company name missing' },
  'country-missing': { zh: '缺少国家', en: 'country missing' },
  'country-unknown': { zh: '无法识别的国家', en: 'unknown country' },
  'country-unmapped': { zh: '无法识别的国家，导入时未对应', en: 'unknown country, not mapped in the import' },
  'not-a-number': { zh: '不是数字', en: 'not a number' },
  negative: { zh: '不能为负数', en: 'must not be negative' },
  'not-an-integer': { zh: '须为整数', en: 'must be a whole number' },
  'too-long': { zh: '内容过长', en: 'too long' },
  invalid: { zh: '内容无效', en: 'invalid' },
};

/** "country: 无法识别的国家 / unknown country (Atlantis)" — both languages, for a file passed around. */
export function describeProblem(p: FieldProblem): string {
  const t = PROBLEM_TEXT[p.code];
  const value = p.value ? ` (${p.value})` : '';
  return `${p.field}: ${t.zh} / ${t.en}${value}`;
}

/**
 * The rejected rows as CSV (UTF-8 with BOM, Excel-safe): the original header and cells plus a
 * first column with the sheet row number and a last column saying what is wrong, so staff can
 * fix the rows and import the file again.
 */
export function rejectedRowsCsv(headers: readonly string[], rejected: readonly RejectedRow[]): string {
  const width = Math.max(headers.length, ...rejected.map((r) => r.cells.length));
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const rows = [
    ['行号 / Row', ...pad(headers), '问题 / Problems'],
    ...rejected.map((r) => [String(r.row), ...pad(r.cells), r.problems.map(describeProblem).join('; ')]),
  ];
  return toCsv(rows, { bom: true });
}
