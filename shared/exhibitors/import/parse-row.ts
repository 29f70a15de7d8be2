import { z } from 'zod';
import { Exhibitor } from '../../model/entities';
import { matchCountry } from '../countries';
import { matchSector } from '../sectors';
import { hasCjk } from '../text';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './fields';
import type { SheetRow } from './types';

/** Why a cell stops its row from being imported (translated under `import.problem.<code>`). */
export type RowProblemCode =
  | 'name-missing'
  | 'country-missing'
  | 'country-unknown'
  | 'not-a-number'
  | 'negative'
  | 'not-an-integer'
  | 'too-long'
  | 'invalid';

/** Something imported as written that may deserve a look (translated under `import.note.<code>`). */
export type RowNoteCode = 'email-invalid' | 'website-invalid' | 'sector-unknown' | 'country-default' | 'extra-cells';

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

/** Only the values the row actually gave (for merging into an existing exhibitor). */
export interface ExhibitorPatch {
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
  | { ok: true; row: number; draft: ExhibitorDraft; patch: ExhibitorPatch; notes: FieldNote[] }
  | { ok: false; row: number; problems: FieldProblem[]; notes: FieldNote[] };

export interface RowOptions {
  /** ISO code used when a row has no country (e.g. "CN" for a list of Chinese companies). */
  defaultCountry?: string | null;
}

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

const text = (max: number) => z.string().max(max, { message: 'too-long' });

/** A number as people type it: "36", "36.5", "1,200", "３６", "36 m²", "36㎡", "36平方米". */
function parseNumber(raw: string): number | null {
  const s = raw
    .normalize('NFKC')
    .replace(/(平方米|平米|sqm|sq\.?\s*m|m2|个|booths?)\s*$/i, '')
    .replace(/[,\s]/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const numberCell = (opts: { integer: boolean; min0: boolean }) =>
  z.string().transform((raw, ctx) => {
    const n = parseNumber(raw);
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
  country: z.string().transform((raw, ctx) => {
    const code = matchCountry(raw);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: 'country-unknown' });
      return z.NEVER;
    }
    return code;
  }),
  sectors: text(2000),
  areaSqm: numberCell({ integer: false, min0: true }),
  booths: numberCell({ integer: true, min0: true }),
  contactPerson: text(200),
  email: text(320),
  phone: text(64),
  website: text(500),
  fascia: text(500),
  fasciaZh: text(500),
  fasciaEn: text(500),
  notes: text(5000),
  priority: numberCell({ integer: false, min0: false }),
} satisfies Record<ImportField, z.ZodType<unknown, string>>;

type CellValues = { [F in ImportField]: z.output<(typeof CELL_SCHEMAS)[F]> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i;

/** Splits a sectors cell on the separators people use: , ， ; ； 、 / | and newlines. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,，;；、|/\n]+/)
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
  const known: readonly string[] = ['country-unknown', 'not-a-number', 'negative', 'not-an-integer', 'too-long'];
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

  let country = values.country;
  if (!country && cells.country === undefined) {
    if (opts.defaultCountry) {
      country = opts.defaultCountry;
      notes.push({ field: 'country', code: 'country-default', value: opts.defaultCountry });
    } else problems.push({ field: 'country', code: 'country-missing' });
  }
  if (values.country) patch.country = values.country;

  const sectors: string[] = [];
  for (const s of splitList(values.sectors ?? '')) {
    const id = matchSector(s);
    if (id) {
      if (!sectors.includes(id)) sectors.push(id);
    } else if (s.length > 64) {
      problems.push({ field: 'sectors', code: 'too-long', value: clip(s) });
    } else {
      notes.push({ field: 'sectors', code: 'sector-unknown', value: s });
      if (!sectors.includes(s)) sectors.push(s);
    }
  }
  if (sectors.length) patch.sectors = sectors;

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
  if (values.notes) patch.notes = values.notes;
  if (values.priority !== undefined) patch.priority = values.priority;

  if (problems.length) return { ok: false, row: row.n, problems, notes };

  const draft = Exhibitor.omit({ id: true }).safeParse({
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
  return { ok: true, row: row.n, draft: draft.data, patch, notes };
}
