import type { Exhibitor } from '../../model/entities';

/** Exhibitor fields an import can change, as the wizard names them (`exhibitorsUi.import.diffField.<field>`). */
export const DIFF_FIELDS = [
  'externalId',
  'name.zh',
  'name.en',
  'shortName.zh',
  'shortName.en',
  'country',
  'sectors',
  'contact.person',
  'contact.email',
  'contact.phone',
  'website',
  'requested.areaSqm',
  'requested.booths',
  'priority',
  'fascia.zh',
  'fascia.en',
  'notes',
] as const;

export type DiffField = (typeof DIFF_FIELDS)[number];

/** One field of one exhibitor before and after; lists (sectors) as arrays, empty values as null. */
export interface FieldChange {
  field: DiffField;
  before: string | number | string[] | null;
  after: string | number | string[] | null;
}

function read(ex: Exhibitor, field: DiffField): FieldChange['before'] {
  const [a, b] = field.split('.') as [keyof Exhibitor, string | undefined];
  const v = b === undefined ? ex[a] : (ex[a] as Record<string, unknown>)[b];
  if (v === '' || v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length ? [...(v as string[])] : null;
  return v as string | number;
}

const same = (a: FieldChange['before'], b: FieldChange['before']) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** Every field that differs between two versions of an exhibitor, in the order of the form. */
export function exhibitorDiff(before: Exhibitor, after: Exhibitor): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    const a = read(before, field);
    const b = read(after, field);
    if (!same(a, b)) out.push({ field, before: a, after: b });
  }
  return out;
}
