import type { ImportMappings, ProjectSettings, SectorDef } from '../../model/entities';
import type { Bilingual } from '../../model/primitives';
import { newId } from '../../model/ids';
import { splitBilingual } from '../recognize';
import { sectorMatcher } from '../sectors';
import { normalizeKey } from '../text';
import type { ColumnMapping } from './fields';
import { resolveCountry, resolveSectors, type RowOptions, type ValueMaps } from './parse-row';
import type { SheetRow } from './types';

/** Columns whose values come from a fixed vocabulary, so an unrecognised value can be mapped once for every row. */
export type VocabularyField = 'country' | 'sectors';

/** One distinct value of the file that was not recognised, with the rows it is on. */
export interface UnknownValue {
  field: VocabularyField;
  /** `normalizeKey` of the value: the key a mapping is stored under. */
  key: string;
  /** The value as first written in the file. */
  value: string;
  count: number;
  /** Sheet row numbers (the first few hundred). */
  rows: number[];
  /** For a sector: a Chinese and an English name read from the value, to name a new sector. */
  suggestedName?: Bilingual;
}

/** What the user chose for a sector value: existing sectors, a new sector of the show, or nothing. */
export type SectorChoice = { kind: 'sectors'; ids: string[] } | { kind: 'new'; name: Bilingual } | { kind: 'ignore' };

/** The user's answers in the mapping step, by value key. */
export interface ValueChoices {
  country: Record<string, string>;
  sectors: Record<string, SectorChoice>;
}

export const emptyChoices = (): ValueChoices => ({ country: {}, sectors: {} });

/** Value maps the show remembers from earlier imports. */
export function rememberedValues(settings: Pick<ProjectSettings, 'importMappings'>): ValueMaps {
  return { country: settings.importMappings.country, sectors: settings.importMappings.sectors };
}

/**
 * Every distinct country and sector value of the rows that neither the recognisers nor the
 * given maps know, most frequent first. Rows are read through the column mapping only.
 */
export function collectUnknownValues(rows: readonly SheetRow[], mapping: ColumnMapping, opts: RowOptions = {}): UnknownValue[] {
  const countryCol = mapping.indexOf('country');
  const sectorsCol = mapping.indexOf('sectors');
  const match = opts.matchSector ?? sectorMatcher(null);
  const found = new Map<string, UnknownValue>();
  const note = (field: VocabularyField, value: string, row: number) => {
    const key = normalizeKey(value);
    if (!key) return;
    const id = `${field}:${key}`;
    let u = found.get(id);
    if (!u) {
      u = { field, key, value, count: 0, rows: [] };
      if (field === 'sectors') u.suggestedName = splitBilingual(value);
      found.set(id, u);
    }
    u.count++;
    if (u.rows.length < 300) u.rows.push(row);
  };
  // Cells repeat a lot (a few dozen countries over thousands of rows): each distinct cell is resolved once.
  const countryCache = new Map<string, boolean>();
  const sectorCache = new Map<string, string[]>();
  for (const r of rows) {
    if (countryCol >= 0) {
      const cell = (r.cells[countryCol] ?? '').trim();
      if (cell) {
        let known = countryCache.get(cell);
        if (known === undefined) countryCache.set(cell, (known = resolveCountry(cell, opts.values) !== null));
        if (!known) note('country', cell, r.n);
      }
    }
    if (sectorsCol >= 0) {
      const cell = (r.cells[sectorsCol] ?? '').trim();
      if (cell) {
        let unmapped = sectorCache.get(cell);
        if (!unmapped) sectorCache.set(cell, (unmapped = resolveSectors(cell, match, opts.values).unmapped));
        for (const item of unmapped) note('sectors', item, r.n);
      }
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field) || a.value.localeCompare(b.value));
}

export interface ResolvedChoices {
  /** Maps for `parseRow`: remembered ones with this import's answers on top. */
  values: ValueMaps;
  /** Sectors the show gains. */
  newSectors: SectorDef[];
  /** What the show remembers after the import. */
  mappings: ImportMappings;
}

/**
 * The user's answers turned into value maps (new sectors get ids), merged over what the show
 * remembered, ready for parsing and for saving with the import. A new sector whose name is
 * already one of the show's sectors maps to that sector instead of a second one.
 */
export function resolveChoices(settings: Pick<ProjectSettings, 'importMappings' | 'sectors'>, choices: ValueChoices, makeId: () => string = () => newId('sec')): ResolvedChoices {
  const country = { ...settings.importMappings.country };
  const sectors: Record<string, string[]> = { ...settings.importMappings.sectors };
  const newSectors: SectorDef[] = [];
  for (const [key, code] of Object.entries(choices.country)) if (/^[A-Z]{2}$/.test(code)) country[key] = code;
  const match = sectorMatcher(settings);
  const byName = new Map<string, string>();
  for (const [key, choice] of Object.entries(choices.sectors)) {
    if (choice.kind === 'ignore') sectors[key] = [];
    else if (choice.kind === 'sectors') sectors[key] = [...new Set(choice.ids)].slice(0, 20);
    else {
      const name = { zh: choice.name.zh.trim().slice(0, 500), en: choice.name.en.trim().slice(0, 500) };
      if (!name.zh && !name.en) continue;
      const nameKey = `${normalizeKey(name.zh)}|${normalizeKey(name.en)}`;
      const existing = byName.get(nameKey) ?? (name.zh && match(name.zh)) ?? (name.en && match(name.en)) ?? null;
      if (existing) sectors[key] = [existing];
      else {
        const id = makeId();
        newSectors.push({ id, name });
        byName.set(nameKey, id);
        sectors[key] = [id];
      }
    }
  }
  return { values: { country, sectors }, newSectors, mappings: { country, sectors } };
}
