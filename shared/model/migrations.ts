import { PROJECT_FORMAT, SCHEMA_VERSION } from './project';
import { v1to2 } from './migrate-v1-site';

/** A step from version `from` to `from + 1`, on plain JSON (before validation). */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Version 0 was the pre-release format: arrays instead of id-keyed records, no revision and a
 * single `name` string. Kept because pilot shows were drawn with it.
 */
const v0to1: Migration = {
  from: 0,
  describe: 'collections become id-keyed records; bilingual project name; revision counter',
  up(doc) {
    const toRecord = (v: unknown) => {
      if (!Array.isArray(v)) return v ?? {};
      const out: Record<string, unknown> = {};
      for (const item of v) {
        if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
          out[(item as { id: string }).id] = item;
        }
      }
      return out;
    };
    const settings = { ...((doc.settings as Record<string, unknown>) ?? {}) };
    if (typeof settings.name === 'string') settings.name = { zh: settings.name, en: settings.name };
    return {
      ...doc,
      schemaVersion: 1,
      revision: typeof doc.revision === 'number' ? doc.revision : 0,
      settings,
      halls: toRecord(doc.halls),
      zones: toRecord(doc.zones),
      booths: toRecord(doc.booths),
      exhibitors: toRecord(doc.exhibitors),
      assignments: toRecord(doc.assignments),
      facilities: toRecord(doc.facilities),
      assets: toRecord(doc.assets),
      history: Array.isArray(doc.history) ? doc.history : [],
    };
  },
};

export const MIGRATIONS: readonly Migration[] = [v0to1, v1to2];

export type MigrationOutcome =
  | { ok: true; doc: Record<string, unknown>; fromVersion: number; applied: string[] }
  | { ok: false; reason: 'not-a-project' | 'newer-version' | 'unknown-version'; version?: number };

/** Brings any known older file up to SCHEMA_VERSION. Does not validate; the caller does. */
export function migrate(raw: unknown): MigrationOutcome {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not-a-project' };
  let doc = raw as Record<string, unknown>;
  if (doc.format !== PROJECT_FORMAT) return { ok: false, reason: 'not-a-project' };
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', version };
  const applied: string[] = [];
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return { ok: false, reason: 'unknown-version', version };
    doc = step.up(doc);
    applied.push(step.describe);
  }
  return { ok: true, doc, fromVersion: version, applied };
}
