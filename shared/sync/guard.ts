import type { z } from 'zod';
import { HistoryEntry, ProjectSettings } from '../model/entities';
import { compileExactCheck, type ExactCheck } from '../model/exact-check';
import { checkIntegrityOfChanges } from '../model/integrity-changes';
import { formatPath } from '../model/load';
import { ENTITY_SCHEMAS, type CollectionName, type Project } from '../model/project';
import { ClaimGroups, type StaleKey } from './claim-groups';
import { HISTORY, idOfKey, keyOf, META, type KeyChange, type RootName } from './doc-keys';
import { heldRefusals, todayUtc } from './holds';
import { roleRefusal, type Author, type RefusalReason } from './roles';

export interface KeyRefusal {
  root: RootName;
  key: string;
  reason: RefusalReason;
  detail?: string;
}


/** Sets or removes one key of the plain mirror of the show (in place). */
export function setMirror(p: Project, root: RootName, key: string, value: unknown): void {
  if (root === HISTORY) return;
  if (root === META) {
    if (key === 'settings' && value) p.settings = value as Project['settings'];
    return;
  }
  const coll = p[root] as Record<string, unknown>;
  if (value === null || value === undefined) delete coll[key];
  else coll[key] = value;
}

/** The exact-shape test of each schema, compiled when first needed. */
const exactChecks = new Map<z.ZodType, ExactCheck>();

function schemaProblem(ch: KeyChange): string | null {
  if (ch.after === null) return null;
  const schema: z.ZodType | null = ch.root === META ? (ch.key === 'settings' ? ProjectSettings : null) : ch.root === HISTORY ? HistoryEntry : ENTITY_SCHEMAS[ch.root];
  if (!schema) return null;
  // A record exactly as its schema reads it passes without zod building a copy of it: a show
  // put on the server is one update of every record, and those copies were garbage the
  // server's memory peaked with (`exact-check.ts`: `false` only means "ask zod").
  let exact = exactChecks.get(schema);
  if (!exact) exactChecks.set(schema, (exact = compileExactCheck(schema)));
  if (exact(ch.after)) return null;
  // Only plain JSON data is stored: a record decoded from an update can hold what JSON cannot
  // (undefined, a byte array, a bigint, or an object whose `__proto__` key became its prototype).
  // zod would read fields through such a prototype, while every copy re-encoded from this one
  // would lose them: the record would pass here and be invalid everywhere else.
  const odd = notPlainJson(ch.after);
  if (odd) return `${formatPath([ch.root, ch.key, ...odd])}: not plain JSON data`;
  const res = schema.safeParse(ch.after);
  if (res.success) return null;
  const issue = res.error.issues[0]!;
  return `${formatPath([ch.root, ch.key, ...issue.path])}: ${issue.message}`;
}

/** The path of the first value in `v` that is not plain JSON data, or null when all of it is. */
function notPlainJson(v: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (typeof v !== 'object') return path;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return path;
    for (let i = 0; i < v.length; i++) {
      const bad = notPlainJson(v[i], [...path, i]);
      if (bad) return bad;
    }
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return path;
  for (const [k, x] of Object.entries(v)) {
    const bad = notPlainJson(x, [...path, k]);
    if (bad) return bad;
  }
  return null;
}

/**
 * Decides which key changes of one update the server keeps. `mirror` is the show as it was
 * before the update (it passed these rules) and is left holding the show with the accepted
 * changes applied. Refused keys are returned with the reason; the caller restores them.
 *
 * Rules, in order: the sender's role; a live hold for another exhibitor (`heldRefusals`); each record against its schema; then the cross-record
 * integrity rules (`checkIntegrityOfChanges`, the rules every commit and open use). An
 * integrity issue on a changed record refuses that record; one on a record nobody changed
 * (a hall removed under its booths) refuses the whole update. Repeats until what is kept is
 * valid (it ends: refusing everything restores a valid show). After each step, the booth
 * claims tied by exhibitor to a refused key — `stale` ones included, refused by the caller —
 * are refused with it (`ClaimGroups`, reason `claim`): an exhibitor never keeps part of a claim.
 */
export function guardKeyChanges(
  mirror: Project,
  author: Author,
  changes: readonly KeyChange[],
  showIsEmpty: boolean,
  today = todayUtc(),
  stale: readonly StaleKey[] = [],
): KeyRefusal[] {
  const refused: KeyRefusal[] = [];
  let kept: KeyChange[] = [];
  const claims = new ClaimGroups(changes, stale);
  /** Refuses the kept changes that fall with a refused key's claim (restored in the mirror once applied there). */
  const refuseClaimsAlong = (applied: boolean) => {
    const along = claims.along([...stale.map((s) => keyOf(s.root, s.key)), ...refused.map((r) => keyOf(r.root, r.key))]);
    if (along.size === 0) return;
    kept = kept.filter((ch) => {
      const cause = along.get(keyOf(ch.root, ch.key));
      if (cause === undefined) return true;
      if (applied) setMirror(mirror, ch.root, ch.key, ch.before);
      const boothId = idOfKey(cause);
      refused.push({ root: ch.root, key: ch.key, reason: 'claim', detail: `${mirror.booths[boothId]?.number ?? boothId} of the same claim was not kept` });
      return false;
    });
  };
  // Read before any change of this update reaches the mirror: holds as they were.
  const held = heldRefusals(mirror, changes, today);
  for (const ch of changes) {
    const reason = roleRefusal(author, ch, showIsEmpty);
    if (reason) {
      refused.push({ root: ch.root, key: ch.key, reason });
      continue;
    }
    const hold = held.get(keyOf(ch.root, ch.key));
    if (hold) {
      refused.push({ root: ch.root, key: ch.key, reason: 'held', detail: hold });
      continue;
    }
    const problem = schemaProblem(ch);
    if (problem) refused.push({ root: ch.root, key: ch.key, reason: 'invalid', detail: problem });
    else kept.push(ch);
  }
  refuseClaimsAlong(false);
  for (const ch of kept) setMirror(mirror, ch.root, ch.key, ch.after);

  for (;;) {
    const touching = kept
      .filter((ch) => ch.root !== META && ch.root !== HISTORY)
      .map((ch) => ({ c: ch.root as CollectionName, id: ch.key }));
    const issues = touching.length > 0 ? checkIntegrityOfChanges(mirror, [{ changes: touching }]) : [];
    if (issues.length === 0) return refused;
    const byKey = new Map(kept.map((ch) => [keyOf(ch.root, ch.key), ch]));
    const out = new Map<string, string>();
    let all = false;
    for (const issue of issues) {
      const k = keyOf(String(issue.path[0]), String(issue.path[1]));
      if (byKey.has(k)) {
        if (!out.has(k)) out.set(k, `${formatPath(issue.path)}: ${issue.message}`);
      } else {
        all = true;
        if (!out.size) out.set('', `${formatPath(issue.path)}: ${issue.message}`);
      }
    }
    const drop = all ? kept : kept.filter((ch) => out.has(keyOf(ch.root, ch.key)));
    const firstDetail = [...out.values()][0];
    for (const ch of drop) {
      setMirror(mirror, ch.root, ch.key, ch.before);
      refused.push({ root: ch.root, key: ch.key, reason: 'integrity', detail: out.get(keyOf(ch.root, ch.key)) ?? firstDetail });
    }
    const dropped = new Set(drop);
    kept = kept.filter((ch) => !dropped.has(ch));
    refuseClaimsAlong(true);
  }
}
