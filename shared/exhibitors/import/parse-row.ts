import { z } from 'zod';
import { Exhibitor } from '../../model/entities';
import { matchSector } from '../sectors';
import { phoneText, recognizeArea, recognizeCountry, recognizeCount, recognizeSectorItem, splitListItems } from '../recognize';
import { hasCjk, normalizeKey } from '../text';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './fields';
import type { SheetRow } from './types';

/** Why a cell stops its row from being imported (translated under `import.problem.<code>`). */
export type RowProblemCode =
  | 'name-missing'
  | 'country-missing'
  | 'country-unknown'
  | 'country-unmapped'
  | 'not-a-number'
  | 'negative'
  | 'not-an-integer'
  | 'too-long'
  | 'invalid';

/** Something imported as written that may deserve a look (translated under `import.note.<code>`). */
export type RowNoteCode =
  | 'email-invalid'
  | 'website-invalid'
  | 'sector-unknown'
  | 'sector-unmapped'
  | 'sector-ignored'
  | 'country-default'
  | 'extra-cells'
  | 'area-size'
  | 'area-booths';

export interface FieldProblem {
  field: ImportField | 'row';
  code: RowProblemCode;
  /** The cell text concerned (cut to 200 characters). */
  value?: string;
}

export interface FieldNote {
  field: ImportField | 'row';
  code: RowNoteCode;
  value?: string;
}

export type ExhibitorDraft = Omit<Exhibitor, 'id'>;

// Built once: zod compiles a schema on first use, which costs more than a thousand rows.
const DraftSchema = Exhibitor.omit({ id: true });

/** Only the values the row actually gave (for merging into an existing exhibitor). */
export interface ExhibitorPatch {
  externalId?: string;
  name?: Partial<Exhibitor['name']>;
  shortName?: Partial<Exhibitor['shortName']>;
  country?: string;
  sectors?: string[];
  contact?: Partial<Exhibitor['contact']>;
  website?: string;
  requested?: Partial<Exhibitor['requested']>;
  priority?: number;
  fascia?: Partial<Exhibitor['fascia']>;
  notes?: string;
}

export type RowResult =
  | { ok: true; row: number; draft: ExhibitorDraft; patch: ExhibitorPatch; notes: FieldNote[]; boothNumbers: string[] }
  | { ok: false; row: number; problems: FieldProblem[]; notes: FieldNote[] };

/** Values the user mapped in the import (and earlier imports of the show), keyed by `normalizeKey` of the cell or item. */
export interface ValueMaps {
  country?: Readonly<Record<string, string>>;
  /** An empty list: the user chose to ignore the value. */
  sectors?: Readonly<Record<string, readonly string[]>>;
}

export interface RowOptions {
  /** ISO code used when a row has no country (e.g. "CN" for a list of Chinese companies). */
  defaultCountry?: string | null;
  /** Recognises one sector name; the built-in list when absent (see `sectorMatcher` for a show's vocabulary). */
  matchSector?: (name: string) => string | null;
  values?: ValueMaps;
}

/** The country a cell names (recognised, or as the user mapped it), or null. */
export function resolveCountry(raw: string, values: ValueMaps | undefined): string | null {
  return recognizeCountry(raw) ?? values?.country?.[normalizeKey(raw)] ?? null;
}

/**
 * The sectors a cell names: each list item recognised (one sector in two languages counts
 * once) or as the user mapped it. `unmapped` are the items neither recognised nor mapped;
 * `ignored` the ones the user chose to leave out.
 */
export function resolveSectors(
  cell: string,
  match: (name: string) => string | null,
  values: ValueMaps | undefined,
): { ids: string[]; unmapped: string[]; ignored: string[] } {
  const ids: string[] = [];
  const unmapped: string[] = [];
  const ignored: string[] = [];
  for (const item of splitListItems(cell)) {
    const mapped = values?.sectors?.[normalizeKey(item)];
    const found = mapped ? { ids: [...mapped], unknown: mapped.length ? null : item } : recognizeSectorItem(item, match);
    if (mapped && !mapped.length) ignored.push(item);
    else if (found.unknown) unmapped.push(found.unknown);
    for (const id of found.ids) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unmapped, ignored };
}

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

const text = (max: number) => z.string().max(max, { message: 'too-long' });

/** A plain number as people type it: "36", "-1", "36.5", "1,200", "３６". */
function parseNumber(raw: string): number | null {
  const s = raw.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const numberCell = (opts: { integer: boolean; min0: boolean; read?: (raw: string) => number | null }) =>
  z.string().transform((raw, ctx) => {
    const n = parseNumber(raw) ?? opts.read?.(raw) ?? null;
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'not-a-number' });
      return z.NEVER;
    }
    if (opts.min0 && n < 0) {
      ctx.addIssue({ code: 'custom', message: 'negative' });
      return z.NEVER;
    }
    if (opts.integer && !Number.isInteger(n)) {
      ctx.addIssue({ code: 'custom', message: 'not-an-integer' });
      return z.NEVER;
    }
    return n;
  });

/** Per-field checks of the cell texts; every failure carries a problem code as its message. */
const CELL_SCHEMAS = {
  name: text(500),
  nameZh: text(500),
  nameEn: text(500),
  shortNameZh: text(500),
  shortNameEn: text(500),
  // Resolved in parseRow against the recognisers and the user's mappings.
  country: text(500),
  sectors: text(2000),
  areaSqm: numberCell({ integer: false, min0: true, read: (raw) => recognizeArea(raw)?.areaSqm ?? null }),
  booths: numberCell({ integer: true, min0: true, read: recognizeCount }),
  contactPerson: text(200),
  email: text(320),
  phone: z.string().transform(phoneText).pipe(text(64)),
  website: text(500),
  fascia: text(500),
  fasciaZh: text(500),
  fasciaEn: text(500),
  notes: text(5000),
  priority: numberCell({ integer: false, min0: false }),
  externalId: text(200),
  boothNumbers: text(2000),
} satisfies Record<ImportField, z.ZodType<unknown, string>>;

type CellValues = { [F in ImportField]: z.output<(typeof CELL_SCHEMAS)[F]> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i;

/** Booth numbers of a list cell: "A-001, A-002", "A-001；A-002", one per line. */
export function splitBoothNumbers(cell: string): string[] {
  return cell
    .normalize('NFKC')
    .split(/[,;、|\n\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Turns one row into an exhibitor draft, validated with zod, or the reasons it cannot be
 * imported (one per field). Cells are read by column index through the mapping; the row
 * never becomes an object keyed by header text.
 */
export function parseRow(row: SheetRow, mapping: ColumnMapping, opts: RowOptions = {}): RowResult {
  const notes: FieldNote[] = [];
  const problems: FieldProblem[] = [];
  // Keys come from IMPORT_FIELDS only; a null prototype keeps the object inert regardless.
  const cells = Object.create(null) as Partial<Record<ImportField, string>>;
  mapping.forEach((field, col) => {
    if (!field) return;
    const v = (row.cells[col] ?? '').trim();
    if (v !== '') cells[field] = v;
  });
  if (row.cells.length > mapping.length && row.cells.slice(mapping.length).some((c) => c.trim() !== '')) {
    notes.push({ field: 'row', code: 'extra-cells' });
  }

  // Each cell is checked on its own so that every bad cell of the row is reported at once.
  const values: Partial<CellValues> = {};
  const known: readonly string[] = ['country-unknown', 'country-unmapped', 'not-a-number', 'negative', 'not-an-integer', 'too-long'];
  for (const field of IMPORT_FIELDS) {
    const raw = cells[field];
    if (raw === undefined) continue;
    const res = CELL_SCHEMAS[field].safeParse(raw);
    if (res.success) (values as Record<string, unknown>)[field] = res.data;
    else {
      const message = res.error.issues[0]?.message ?? '';
      problems.push({ field, code: known.includes(message) ? (message as RowProblemCode) : 'invalid', value: clip(raw) });
    }
  }

  const patch: ExhibitorPatch = {};
  const name = { zh: values.nameZh ?? '', en: values.nameEn ?? '' };
  if (values.name) {
    if (hasCjk(values.name)) name.zh ||= values.name;
    else name.en ||= values.name;
  }
  if (!name.zh && !name.en && !problems.some((p) => p.field === 'name' || p.field === 'nameZh' || p.field === 'nameEn')) {
    problems.push({ field: 'name', code: 'name-missing' });
  }
  patch.name = {};
  if (name.zh) patch.name.zh = name.zh;
  if (name.en) patch.name.en = name.en;

  let country: string | undefined;
  if (values.country !== undefined) {
    const code = resolveCountry(values.country, opts.values);
    if (code) country = code;
    else problems.push({ field: 'country', code: 'country-unmapped', value: clip(values.country) });
  } else if (opts.defaultCountry) {
    country = opts.defaultCountry;
    notes.push({ field: 'country', code: 'country-default', value: opts.defaultCountry });
  } else problems.push({ field: 'country', code: 'country-missing' });
  if (values.country !== undefined && country) patch.country = country;

  const resolved = resolveSectors(values.sectors ?? '', opts.matchSector ?? matchSector, opts.values);
  const sectors = resolved.ids;
  for (const s of resolved.unmapped) notes.push({ field: 'sectors', code: 'sector-unmapped', value: clip(s) });
  for (const s of resolved.ignored) notes.push({ field: 'sectors', code: 'sector-ignored', value: clip(s) });
  if (sectors.length) patch.sectors = sectors;

  if (cells.areaSqm !== undefined && values.areaSqm !== undefined && parseNumber(cells.areaSqm) === null) {
    const reading = recognizeArea(cells.areaSqm);
    if (reading?.kind === 'size') notes.push({ field: 'areaSqm', code: 'area-size', value: `${cells.areaSqm} → ${reading.areaSqm}` });
    if (reading?.kind === 'booths') {
      notes.push({ field: 'areaSqm', code: 'area-booths', value: `${cells.areaSqm} → ${reading.areaSqm}` });
      // "2个标摊" in the area column also says how many booths, unless a booths column does.
      if (values.booths === undefined) values.booths = reading.booths;
    }
  }

  if (values.email && !values.email.split(/[;,；，\s]+/).filter(Boolean).every((e) => EMAIL.test(e))) {
    notes.push({ field: 'email', code: 'email-invalid', value: clip(values.email) });
  }
  if (values.website && !WEBSITE.test(values.website)) notes.push({ field: 'website', code: 'website-invalid', value: clip(values.website) });

  const fascia = { zh: values.fasciaZh ?? '', en: values.fasciaEn ?? '' };
  if (values.fascia) {
    if (hasCjk(values.fascia)) fascia.zh ||= values.fascia;
    else fascia.en ||= values.fascia;
  }
  const shortName = { zh: values.shortNameZh ?? '', en: values.shortNameEn ?? '' };
  const contact = { person: values.contactPerson ?? '', email: values.email ?? '', phone: values.phone ?? '' };
  const requested = { areaSqm: values.areaSqm ?? null, booths: values.booths ?? null };

  const pick = <T extends Record<string, unknown>>(o: T, isSet: (v: unknown) => boolean): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => isSet(v))) as Partial<T>;
  const filled = (v: unknown) => v !== '' && v !== null;
  if (Object.keys(pick(shortName, filled)).length) patch.shortName = pick(shortName, filled);
  if (Object.keys(pick(contact, filled)).length) patch.contact = pick(contact, filled);
  if (Object.keys(pick(requested, filled)).length) patch.requested = pick(requested, filled);
  if (Object.keys(pick(fascia, filled)).length) patch.fascia = pick(fascia, filled);
  if (values.website) patch.website = values.website;
  if (values.externalId) patch.externalId = values.externalId;
  if (values.notes) patch.notes = values.notes;
  if (values.priority !== undefined) patch.priority = values.priority;

  if (problems.length) return { ok: false, row: row.n, problems, notes };

  const draft = DraftSchema.safeParse({
    externalId: values.externalId ?? '',
    name,
    shortName,
    country,
    sectors,
    contact,
    website: values.website ?? '',
    requested,
    priority: values.priority ?? 0,
    fascia,
    notes: values.notes ?? '',
  });
  if (!draft.success) {
    return {
      ok: false,
      row: row.n,
      problems: draft.error.issues.map((i) => ({ field: 'row' as const, code: 'invalid' as const, value: `${i.path.join('.')}: ${i.message}` })),
      notes,
    };
  }
  return { ok: true, row: row.n, draft: draft.data, patch, notes, boothNumbers: splitBoothNumbers(values.boothNumbers ?? '') };
}
