import { normalizeKey } from '../text';
import { IMPORT_FIELDS, isImportField, type ColumnMapping, type ImportField } from './fields';
import type { SheetRow } from './types';

/** Header spellings seen in organizers' sheets, per field (matched after normalizeHeader). */
const ALIASES: Record<ImportField, readonly string[]> = {
  externalId: ['展商编号', '参展商编号', '企业编号', '客户编号', '报名编号', '编号', '展商ID', 'Exhibitor ID', 'Exhibitor No.', 'Exhibitor Number', 'Customer ID', 'Company ID', 'Registration No.', 'Registration ID', 'External ID', 'ID'],
  name: ['Company', 'Company Name', 'Exhibitor', 'Exhibitor Name', 'Name', 'Organization', 'Organisation', '名称', '企业', '公司', '单位', '展商'],
  nameZh: [
    '企业名称', '公司名称', '单位名称', '参展商名称', '展商名称', '参展企业', '参展单位', '参展商', '中文名称', '中文名',
    '企业中文名称', '公司中文名称', '企业名称中文', '公司名称中文', 'Chinese Name', 'Company Name (CN)', 'Company Name (ZH)',
    'Company Name (Chinese)', 'Name (ZH)', 'Name (CN)', 'Name (Chinese)',
  ],
  nameEn: [
    '英文名称', '英文名', '企业英文名称', '公司英文名称', '英文企业名称', '英文公司名称', '企业名称英文', '公司名称英文', '企业英文名',
    'English Name', 'English Company Name', 'Company Name (EN)', 'Company Name (English)', 'Name (EN)', 'Name (English)',
  ],
  shortNameZh: ['简称', '企业简称', '公司简称', '中文简称', '展商简称'],
  shortNameEn: ['英文简称', 'Short Name', 'Short Name (EN)', 'Abbreviation'],
  country: ['国家', '国别', '国家/地区', '国家或地区', '所属国家', '所属国家地区', '国籍', 'Country', 'Country/Region', 'Country or Region', 'Nation'],
  sectors: ['行业', '所属行业', '行业类别', '行业领域', '展品类别', '展品范围', '领域', '类别', 'Sector', 'Sectors', 'Industry', 'Industries', 'Category', 'Product Category'],
  areaSqm: ['面积', '展位面积', '申请面积', '需求面积', '预定面积', 'Area', 'Booth Area', 'Space', 'Requested Area', 'Size', 'Area (m²)', 'Area (sqm)'],
  booths: ['展位数', '展位数量', '展位个数', '标展数', '标摊数', '申请展位数', 'Booths', 'Booth Count', 'Number of Booths', 'No. of Booths', 'Booth Qty', 'Booth Quantity'],
  contactPerson: ['联系人', '联系人姓名', '负责人', 'Contact', 'Contact Person', 'Contact Name', 'Person in Charge'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', '联系邮箱', 'Email', 'E-mail', 'Mail', 'Email Address', 'Contact Email'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '座机', 'Phone', 'Tel', 'Telephone', 'Mobile', 'Phone Number', 'Contact Number', 'Tel No.', 'Contact Phone'],
  website: ['网址', '网站', '官网', '官方网站', '公司网址', 'Website', 'Web', 'URL', 'Homepage', 'Web Site'],
  fascia: ['Fascia', 'Fascia Name', 'Fascia Board', 'Fascia Text'],
  fasciaZh: ['楣板', '楣板名称', '楣板文字', '楣板中文', '中文楣板', '楣板名称中文', 'Fascia (ZH)', 'Fascia (CN)', 'Fascia (Chinese)'],
  fasciaEn: ['英文楣板', '楣板英文', '楣板名称英文', '英文楣板名称', '楣板英文名称', 'Fascia (EN)', 'Fascia (English)', 'Fascia Name (EN)'],
  notes: ['备注', '说明', '附注', 'Notes', 'Note', 'Remarks', 'Remark', 'Comments', 'Comment'],
  priority: ['优先级', '优先', '优先顺序', 'Priority'],
  boothNumbers: ['展位号', '展位编号', '展台号', '摊位号', 'Booth No.', 'Booth No', 'Booth Number', 'Booth Numbers', 'Stand No.', 'Stand Number', 'Booth #'],
};

const UNITS = /(平方米|平米|sqm|sqft|m2)/g;

/** A header reduced to what identifies it: width, case, spaces, punctuation and area units ignored. */
export function normalizeHeader(h: string): string {
  return normalizeKey(h).replace(UNITS, '');
}

/** Aliases too generic to find inside a longer header ("Width" holds "id", "展位编号" holds "编号"). */
const EXACT_ONLY = new Set(['id', '编号']);

const aliasIndex: { field: ImportField; key: string }[] = [];
for (const field of IMPORT_FIELDS) {
  for (const alias of ALIASES[field]) {
    const key = normalizeHeader(alias);
    if (key) aliasIndex.push({ field, key });
  }
}

/**
 * How well a header names a field: an exact alias beats one the header ends with (the head
 * noun comes last in both languages: 联系人电话 is a phone, Contact Email an email), which beats
 * one it merely contains; longer aliases are more specific.
 */
export function headerScore(header: string, field: ImportField): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  let best = 0;
  for (const a of aliasIndex) {
    if (a.field !== field) continue;
    let s = 0;
    if (h === a.key) s = 1000 + a.key.length;
    else if (EXACT_ONLY.has(a.key)) continue;
    else if (h.endsWith(a.key)) s = 100 + a.key.length;
    else if (a.key.length >= 2 && h.includes(a.key)) s = 10 + a.key.length;
    if (s > best) best = s;
  }
  return best;
}

/**
 * Guesses which field each column fills from its header, each field taken by at most one
 * column (the best-scoring). Unrecognised columns map to null. Headers are only compared,
 * never used as object keys, so names like `__proto__` are harmless.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const candidates: { col: number; field: ImportField; score: number }[] = [];
  headers.forEach((h, col) => {
    for (const field of IMPORT_FIELDS) {
      const score = headerScore(h, field);
      if (score > 0) candidates.push({ col, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (mapping[c.col] !== null || taken.has(c.field)) continue;
    mapping[c.col] = c.field;
    taken.add(c.field);
  }
  return mapping;
}

/**
 * Cleans a mapping that came from the UI: only known fields, each used once (the first
 * column wins), padded or cut to the column count.
 */
export function sanitizeMapping(mapping: readonly unknown[], columnCount: number): ColumnMapping {
  const out: ColumnMapping = [];
  const taken = new Set<ImportField>();
  for (let i = 0; i < columnCount; i++) {
    const f = mapping[i];
    if (isImportField(f) && !taken.has(f)) {
      out.push(f);
      taken.add(f);
    } else out.push(null);
  }
  return out;
}

export interface PreparedImport {
  /** Row number of the header row, and its cells. */
  headerRow: number;
  headers: string[];
  /** The rows below the header. */
  rows: SheetRow[];
  mapping: ColumnMapping;
}

/**
 * Finds the header row (sheets often open with a title line such as "2026 参展商名单"): among
 * the first ten rows, the one whose cells name the most fields; the first row if none does.
 */
export function prepareImport(rows: readonly SheetRow[]): PreparedImport {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < Math.min(10, rows.length); i++) {
    const count = guessMapping(rows[i]!.cells).filter((f) => f !== null).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  const header = rows[best];
  const columnCount = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const headers = Array.from({ length: columnCount }, (_, i) => header?.cells[i]?.trim() ?? '');
  return { headerRow: header?.n ?? 1, headers, rows: rows.slice(best + 1), mapping: guessMapping(headers) };
}
