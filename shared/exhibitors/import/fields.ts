/**
 * Exhibitor fields a spreadsheet column can fill. `name`, `fascia` are "either language":
 * text with Chinese characters goes to `zh`, other text to `en`.
 */
export const IMPORT_FIELDS = [
  'externalId',
  'name',
  'nameZh',
  'nameEn',
  'shortNameZh',
  'shortNameEn',
  'country',
  'sectors',
  'areaSqm',
  'booths',
  'contactPerson',
  'email',
  'phone',
  'website',
  'fascia',
  'fasciaZh',
  'fasciaEn',
  'notes',
  'priority',
  'boothNumbers',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** For each column (by index), the field it fills or null to ignore it. */
export type ColumnMapping = (ImportField | null)[];

export function isImportField(v: unknown): v is ImportField {
  return typeof v === 'string' && (IMPORT_FIELDS as readonly string[]).includes(v);
}
