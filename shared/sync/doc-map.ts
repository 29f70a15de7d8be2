import * as Y from 'yjs';
import { COLLECTIONS, PROJECT_FORMAT, SCHEMA_VERSION, type Project } from '../model/project';
import { HISTORY, isRootName, META, ROOT_NAMES, type KeyChange, type RootName } from './doc-keys';
import type { HistoryEntry, ProjectSettings } from '../model/entities';
import { jsonEqual, type Change, type Operation } from '../ops/operation';

export { HISTORY, META, ROOT_NAMES, idOfKey, isRootName, keyOf, type KeyChange, type RootName } from './doc-keys';

/*
 * How a show lives in a shared Y.Doc. Each collection is one root Y.Map whose values are the
 * records as plain JSON, keyed by id (so two people editing different booths never touch the
 * same key, and a record is replaced whole, as our operations already do). Assignments are
 * keyed by booth id, so a booth holds one exhibitor by construction. The settings sit under
 * one key of `meta`; the history is a map keyed by entry id (written by the server only, so
 * it records the authenticated person).
 */

export function rootMap(doc: Y.Doc, name: RootName): Y.Map<unknown> {
  return doc.getMap(name);
}

/**
 * Defines every root map on a document. A root that arrives in an update before anyone asked
 * for it is a generic type, not a Y.Map: its events would be missed. Call before any update.
 */
export function ensureRoots(doc: Y.Doc): void {
  for (const name of ROOT_NAMES) doc.getMap(name);
}

/** True when the document holds no show yet (a fresh name on the server). */
export function isEmptyShow(doc: Y.Doc): boolean {
  return !rootMap(doc, META).has('settings');
}

/** Writes a whole show into an empty document, in one transaction. */
export function writeProject(doc: Y.Doc, p: Project, origin: unknown = null): void {
  doc.transact(() => {
    const meta = rootMap(doc, META);
    meta.set('format', p.format);
    meta.set('schemaVersion', p.schemaVersion);
    meta.set('settings', p.settings);
    for (const c of COLLECTIONS) {
      const m = rootMap(doc, c);
      const record = p[c] as Record<string, unknown>;
      for (const id in record) if (Object.hasOwn(record, id)) m.set(id, record[id]);
    }
    const h = rootMap(doc, HISTORY);
    for (const e of p.history) h.set(e.id, e);
  }, origin);
}

/**
 * History entries oldest first. The sort is stable: entries with the same time keep the order
 * they were written in (a map's keys iterate in the order they were integrated, which for one
 * writer is the order it wrote them).
 */
export function sortHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The show a document holds, as the plain project the rest of the app works on. */
export function readProject(doc: Y.Doc, revision = 0): Project {
  const meta = rootMap(doc, META);
  const out = {
    format: PROJECT_FORMAT,
    schemaVersion: (meta.get('schemaVersion') as number | undefined) ?? SCHEMA_VERSION,
    revision,
    settings: meta.get('settings') as ProjectSettings,
  } as Project;
  for (const c of COLLECTIONS) {
    const record: Record<string, unknown> = {};
    rootMap(doc, c).forEach((v, k) => {
      record[k] = v;
    });
    (out as Record<string, unknown>)[c] = record;
  }
  const history: HistoryEntry[] = [];
  rootMap(doc, HISTORY).forEach((v) => history.push(v as HistoryEntry));
  out.history = sortHistory(history);
  return out;
}

/**
 * A local operation becomes one Y transaction (one undo step stays one network update). Values
 * equal to what the map already holds are not written again, so a no-op change sends nothing.
 */
export function applyOperationToDoc(doc: Y.Doc, op: Operation, origin: unknown): void {
  doc.transact(() => {
    for (const ch of op.changes) {
      if (ch.c === 'settings') {
        const meta = rootMap(doc, META);
        if (!jsonEqual(meta.get('settings'), ch.after)) meta.set('settings', ch.after);
        continue;
      }
      const m = rootMap(doc, ch.c);
      if (ch.after === null) {
        if (m.has(ch.id)) m.delete(ch.id);
      } else if (!jsonEqual(m.get(ch.id), ch.after)) {
        m.set(ch.id, ch.after);
      }
    }
  }, origin);
}

/**
 * The keys a finished transaction changed, read from its events (for observers: remote
 * updates reach the editor as operations the canvas redraws incrementally). Keys whose value
 * ends equal to where it started (a refused change and its revert) are left out.
 */
export function keyChangesOfTransaction(tr: Y.Transaction): KeyChange[] {
  const out: KeyChange[] = [];
  for (const [type, keys] of tr.changed) {
    if (!(type instanceof Y.Map) || type._item !== null) continue;
    const root = Y.findRootTypeKey(type);
    if (!isRootName(root)) continue;
    const ev = new Y.YMapEvent(type as Y.Map<unknown>, tr, keys);
    for (const [key, change] of ev.keys) {
      if (key === null) continue;
      const before = change.action === 'add' ? null : (change.oldValue ?? null);
      const after = (type as Y.Map<unknown>).get(key) ?? null;
      if (!jsonEqual(before, after)) out.push({ root, key, before, after });
    }
  }
  return out;
}

/** Key changes to collections and settings as one operation on the project (history excluded). */
export function operationOfKeyChanges(changes: readonly KeyChange[], id: string, label = 'sync.remote'): Operation {
  const out: Change[] = [];
  for (const k of changes) {
    if (k.root === HISTORY) continue;
    if (k.root === META) {
      if (k.key === 'settings' && k.before && k.after) out.push({ c: 'settings', before: k.before, after: k.after } as Change);
      continue;
    }
    out.push({ c: k.root, id: k.key, before: k.before, after: k.after } as Change);
  }
  return { id, label, changes: out };
}

/** The history entries a set of key changes added. */
export function historyOfKeyChanges(changes: readonly KeyChange[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const k of changes) if (k.root === HISTORY && k.after) out.push(k.after as HistoryEntry);
  return sortHistory(out);
}
