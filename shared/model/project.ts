import { z } from 'zod';
import {
  Asset,
  Assignment,
  Booth,
  Exhibitor,
  Facility,
  Hall,
  HistoryEntry,
  ProjectSettings,
  Zone,
} from './entities';
import { clipText } from '../text/clip';

export const PROJECT_FORMAT = 'pavilion-project';
/** The schema version this build writes. Older files are migrated on open; newer ones are refused. */
export const SCHEMA_VERSION = 2;

/**
 * Collections are records keyed by id (each entity repeats its own id), so an operation can
 * touch one booth in O(1) at 20,000 booths and the file stays readable by people and tools.
 */
export const ProjectBase = z.object({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Incremented on every save; lets two writers of one file notice each other. */
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  settings: ProjectSettings,
  halls: z.record(z.string(), Hall),
  zones: z.record(z.string(), Zone),
  booths: z.record(z.string(), Booth),
  exhibitors: z.record(z.string(), Exhibitor),
  /** Keyed by booth id: a booth belongs to at most one exhibitor. */
  assignments: z.record(z.string(), Assignment),
  facilities: z.record(z.string(), Facility),
  assets: z.record(z.string(), Asset),
  history: z.array(HistoryEntry),
});

export type Project = z.infer<typeof ProjectBase>;

export type CollectionName =
  | 'halls'
  | 'zones'
  | 'booths'
  | 'exhibitors'
  | 'assignments'
  | 'facilities'
  | 'assets';

export const COLLECTIONS: readonly CollectionName[] = [
  'halls',
  'zones',
  'booths',
  'exhibitors',
  'assignments',
  'facilities',
  'assets',
];

/** The schema of one entity of each collection: what a commit or a shared update is checked against. */
export const ENTITY_SCHEMAS: Record<CollectionName, z.ZodType> = {
  halls: Hall,
  zones: Zone,
  booths: Booth,
  exhibitors: Exhibitor,
  assignments: Assignment,
  facilities: Facility,
  assets: Asset,
};

export type EntityOf<C extends CollectionName> = Project[C][string];

export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

/** The rule every collection shares: an entity is stored under its own id. */
export function keyIssues(c: CollectionName, key: string, entity: { id: string }, issues: IntegrityIssue[]): void {
  if (entity.id !== key) issues.push({ path: [c, key, 'id'], message: `key "${clipText(key)}" differs from id "${clipText(String(entity.id))}"` });
}

/**
 * The references one entity makes to others (and, for a booth, the agreement of its status
 * with its assignment). Collections whose entities reference nothing add no issues.
 */
/** Whether `record` has its own entry under `key` (never an inherited name such as "constructor"). */
export function hasEntry(record: object, key: string | null | undefined): boolean {
  return typeof key === 'string' && Object.hasOwn(record, key);
}

/** The entry stored under `key`, or undefined: an inherited member never counts as an entry. */
export function entryOf<T>(record: Readonly<Record<string, T>>, key: string | null | undefined): T | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function referenceIssues<C extends CollectionName>(p: Project, c: C, entity: EntityOf<C>, issues: IntegrityIssue[]): void {
  switch (c) {
    case 'booths': {
      const b = entity as EntityOf<'booths'>;
      if (!hasEntry(p.halls, b.hallId)) issues.push({ path: ['booths', b.id, 'hallId'], message: `unknown hall "${clipText(b.hallId)}"` });
      if (b.zoneId && !hasEntry(p.zones, b.zoneId)) issues.push({ path: ['booths', b.id, 'zoneId'], message: `unknown zone "${clipText(b.zoneId)}"` });
      const assigned = entryOf(p.assignments, b.id);
      if (b.status === 'assigned' && !assigned) {
        issues.push({ path: ['booths', b.id, 'status'], message: 'status is assigned but no assignment exists' });
      }
      if (assigned && b.status !== 'assigned') {
        issues.push({ path: ['booths', b.id, 'status'], message: `has an assignment but status is ${b.status}` });
      }
      if (b.claim?.exhibitorId && !hasEntry(p.exhibitors, b.claim.exhibitorId)) {
        issues.push({ path: ['booths', b.id, 'claim', 'exhibitorId'], message: `unknown exhibitor "${clipText(b.claim.exhibitorId)}"` });
      }
      return;
    }
    case 'assignments': {
      const a = entity as EntityOf<'assignments'>;
      if (a.boothId !== a.id) issues.push({ path: ['assignments', a.id, 'boothId'], message: 'assignment id must be its booth id' });
      if (!hasEntry(p.booths, a.boothId)) issues.push({ path: ['assignments', a.id, 'boothId'], message: `unknown booth "${clipText(a.boothId)}"` });
      if (!hasEntry(p.exhibitors, a.exhibitorId)) {
        issues.push({ path: ['assignments', a.id, 'exhibitorId'], message: `unknown exhibitor "${clipText(a.exhibitorId)}"` });
      }
      return;
    }
    case 'facilities': {
      const f = entity as EntityOf<'facilities'>;
      if (!hasEntry(p.halls, f.hallId)) issues.push({ path: ['facilities', f.id, 'hallId'], message: `unknown hall "${clipText(f.hallId)}"` });
      return;
    }
    case 'halls': {
      const h = entity as EntityOf<'halls'>;
      if (h.background && !hasEntry(p.assets, h.background.assetId)) {
        issues.push({ path: ['halls', h.id, 'background', 'assetId'], message: `unknown asset "${clipText(h.background.assetId)}"` });
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Rules of the site (in the settings): level ordinals are unique and the site drawing's asset
 * exists. Levels are few, so this is always checked whole.
 */
export function siteIssues(p: Project, issues: IntegrityIssue[]): void {
  const site = p.settings.site;
  const seen = new Set<number>();
  site.levels.forEach((l, i) => {
    if (seen.has(l.ordinal)) issues.push({ path: ['settings', 'site', 'levels', i, 'ordinal'], message: `level ${l.ordinal} is listed twice` });
    seen.add(l.ordinal);
  });
  if (site.drawing && !hasEntry(p.assets, site.drawing.assetId)) {
    issues.push({ path: ['settings', 'site', 'drawing', 'assetId'], message: `unknown asset "${clipText(site.drawing.assetId)}"` });
  }
}

/** Collections whose entities reference others, in the order `checkIntegrity` reports them. */
export const REFERENCING: readonly CollectionName[] = ['booths', 'assignments', 'facilities', 'halls'];

/**
 * Cross-record rules a schema of single records cannot express: keys match ids, references
 * resolve, and a booth's status agrees with its assignment. `checkIntegrityOfChanges` checks
 * the same rules where a commit can have broken them; both are built from `keyIssues` and
 * `referenceIssues` so they cannot drift apart.
 */
export function checkIntegrity(p: Project): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  // for…in rather than Object.entries: no array of pairs per record (20,000 booths are
  // checked on every open).
  for (const c of COLLECTIONS) {
    const record = p[c] as Record<string, { id: string }>;
    for (const key in record) if (Object.hasOwn(record, key)) keyIssues(c, key, record[key]!, issues);
  }
  for (const c of REFERENCING) {
    const record = p[c] as Record<string, EntityOf<typeof c>>;
    for (const key in record) if (Object.hasOwn(record, key)) referenceIssues(p, c, record[key]!, issues);
  }
  siteIssues(p, issues);
  return issues;
}

export const Project = ProjectBase.superRefine((p, ctx) => {
  for (const issue of checkIntegrity(p)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
