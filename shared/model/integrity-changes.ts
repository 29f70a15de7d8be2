import { COLLECTIONS, keyIssues, referenceIssues, REFERENCING, siteIssues, type CollectionName, type IntegrityIssue, type Project } from './project';

/** What `checkIntegrityOfChanges` needs of an operation: which entities it touched. */
export interface TouchingChanges {
  changes: readonly ({ c: CollectionName; id: string } | { c: 'settings' })[];
}

/**
 * The issues `checkIntegrity(next)` reports, found by looking only where a change can have
 * caused them. `next` must be a document that passed `checkIntegrity` before `changes` were
 * applied to it (as every open show did: validated on open, and after every commit).
 *
 * Why this finds them all: an entity nobody touched kept its key and id, and its references
 * resolved before; its check can only change when a key it looks up is now absent (a hall,
 * zone, exhibitor, booth or asset removed), or — for a booth — when the assignment under its
 * id was added or removed. So the entities checked are the touched ones that are still
 * there, the booth under each touched assignment key, the assignment under each touched
 * booth key that is gone, and whatever references a touched hall, zone, exhibitor or asset
 * key that is gone (found by one scan of the referencing collections, only then). At 20,000
 * booths an assignment is checked in microseconds; the whole-document check takes ~40 ms.
 */
export function checkIntegrityOfChanges(next: Project, ops: readonly TouchingChanges[]): IntegrityIssue[] {
  const touched = new Map<CollectionName, Set<string>>();
  let settingsTouched = false;
  for (const op of ops) {
    for (const ch of op.changes) {
      if (ch.c === 'settings') {
        // Only the site's rules involve the settings (checked whole below).
        settingsTouched = true;
        continue;
      }
      let ids = touched.get(ch.c);
      if (!ids) touched.set(ch.c, (ids = new Set()));
      ids.add(ch.id);
    }
  }
  const check = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  const add = (c: CollectionName, key: string) => {
    if (Object.hasOwn(next[c], key)) check.get(c)!.add(key);
  };
  const gone = (c: CollectionName) => [...(touched.get(c) ?? [])].filter((key) => !Object.hasOwn(next[c], key));

  for (const [c, ids] of touched) for (const key of ids) add(c, key);
  // A booth's status must agree with the assignment stored under its id.
  for (const key of touched.get('assignments') ?? []) add('booths', key);
  // Untouched assignments are stored under their booth's id (the rules held before).
  for (const key of gone('booths')) add('assignments', key);

  const goneHalls = new Set(gone('halls'));
  const goneZones = new Set(gone('zones'));
  const goneExhibitors = new Set(gone('exhibitors'));
  const goneAssets = new Set(gone('assets'));
  if (goneHalls.size + goneZones.size + goneExhibitors.size > 0) {
    for (const [key, b] of Object.entries(next.booths)) {
      if (goneHalls.has(b.hallId) || (b.zoneId && goneZones.has(b.zoneId)) || (b.claim?.exhibitorId && goneExhibitors.has(b.claim.exhibitorId))) {
        add('booths', key);
      }
    }
  }
  if (goneExhibitors.size > 0) {
    for (const [key, a] of Object.entries(next.assignments)) if (goneExhibitors.has(a.exhibitorId)) add('assignments', key);
  }
  if (goneHalls.size > 0) {
    for (const [key, f] of Object.entries(next.facilities)) if (goneHalls.has(f.hallId)) add('facilities', key);
  }
  if (goneAssets.size > 0) {
    for (const [key, h] of Object.entries(next.halls)) if (h.background && goneAssets.has(h.background.assetId)) add('halls', key);
  }

  // Reported in the order checkIntegrity uses: keys by collection, then references.
  const issues: IntegrityIssue[] = [];
  for (const c of COLLECTIONS) {
    const coll = next[c] as Record<string, { id: string }>;
    for (const key of check.get(c)!) keyIssues(c, key, coll[key]!, issues);
  }
  for (const c of REFERENCING) {
    const coll = next[c];
    for (const key of check.get(c)!) referenceIssues(next, c, coll[key]!, issues);
  }
  if (settingsTouched || goneAssets.size > 0) siteIssues(next, issues);
  return issues;
}
