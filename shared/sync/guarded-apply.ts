import * as random from 'lib0/random';
import * as Y from 'yjs';
import { historyEntriesFor } from '../assignment/history';
import type { Project } from '../model/project';
import { jsonEqual } from '../ops/operation';
import { ensureRoots, HISTORY, isEmptyShow, isRootName, keyOf, operationOfKeyChanges, rootMap, type KeyChange, type RootName } from './doc-map';
import type { StaleKey } from './claim-groups';
import { guardKeyChanges, type KeyRefusal } from './guard';
import { todayUtc } from './holds';
import type { Author } from './roles';
import { idText } from './update-keys';

export interface GuardedResult {
  /** Key changes the server kept (values before and after). */
  accepted: KeyChange[];
  /** Key changes refused and restored, with what the key holds now. */
  refused: (KeyRefusal & { current: unknown })[];
  /** For each key touched, the id of the item that now holds it (for the cross-instance register). */
  heads: Map<string, string>;
}

const deletedIn = (ds: Y.Transaction['deleteSet'], id: Y.ID): boolean => {
  for (const d of ds.clients.get(id.client) ?? []) if (id.clock >= d.clock && id.clock < d.clock + d.len) return true;
  return false;
};

const valueOf = (item: Y.Item): unknown => {
  const c = item.content.getContent();
  return c[c.length - 1] ?? null;
};

/**
 * `Y.applyUpdate` marks the transaction it runs in as remote (`tr.local = false`), even when it
 * is nested in ours; Yjs then takes our own writes in that transaction (history entries,
 * restored keys) for another client using our id and gives the document a new random client
 * id at the end of it. One new writer per accepted update: the state vector grew by one entry
 * per update, and every sync step (each Redis round between instances, each join) encodes,
 * sends and compares all of them — 2,000 ids after 2,000 actions, the server's cost per update
 * growing with the number of updates so far. The transaction holds our writes, so it is local;
 * the case Yjs guards against (an update that really carries our id) is handled here the way
 * Yjs would: this document writes under a fresh id from then on.
 */
function keepOwnClientId(doc: Y.Doc, tr: Y.Transaction): void {
  tr.local = true;
  if (Y.getState(doc.store, doc.clientID) !== (tr.beforeState.get(doc.clientID) ?? 0)) {
    doc.clientID = random.uint32();
  }
}

/**
 * Applies an update from `author` to the server's document so that only what the rules allow
 * stays: the update and the restoring of every refused key happen in ONE transaction, so the
 * broadcast (and what is stored) never carries a refused state, and the sender's own copy is
 * rolled back by the same broadcast. A key written on a stale base — another change reached
 * the server first — is refused: the first to arrive wins, whatever order Yjs would give
 * concurrent writes. `staleKeys` are keys another instance has already decided (see the Redis
 * register). `mirror` is the plain show before the update; it ends with the accepted changes.
 * `takenFrom`: for each booth, the exhibitor it was last taken from (`ShowState.takenFrom` on
 * the server), which ties a stale release to the rest of its sender's claim for them.
 */
export function applyGuardedUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  author: Author,
  mirror: Project,
  origin: unknown,
  staleKeys: ReadonlySet<string> = new Set(),
  takenFrom: ReadonlyMap<string, string> = new Map(),
  now: () => string = () => new Date().toISOString(),
): GuardedResult {
  const result: GuardedResult = { accepted: [], refused: [], heads: new Map() };
  ensureRoots(doc);
  const empty = isEmptyShow(doc);
  doc.transact((tr) => {
    Y.applyUpdate(doc, update);
    keepOwnClientId(doc, tr);
    const isNew = (id: Y.ID) => id.clock >= (tr.beforeState.get(id.client) ?? 0);
    // Every key touched: by new items (even ones that lost to a concurrent write) and by deletes.
    const news = new Map<string, { map: Y.Map<unknown>; root: RootName; key: string; items: Y.Item[] }>();
    const touch = (map: Y.Map<unknown>, key: string) => {
      const root = Y.findRootTypeKey(map);
      if (!isRootName(root)) return null;
      const k = keyOf(root, key);
      let e = news.get(k);
      if (!e) news.set(k, (e = { map, root, key, items: [] }));
      return e;
    };
    for (const [client, structs] of doc.store.clients) {
      const before = tr.beforeState.get(client) ?? 0;
      const last = structs[structs.length - 1]!;
      if (last.id.clock + last.length <= before) continue;
      for (let i = Y.findIndexSS(structs, Math.max(before, structs[0]!.id.clock)); i < structs.length; i++) {
        const s = structs[i]!;
        if (!(s instanceof Y.Item) || s.parentSub === null || !(s.parent instanceof Y.Map) || s.parent._item !== null) continue;
        touch(s.parent as Y.Map<unknown>, s.parentSub)?.items.push(s);
      }
    }
    for (const [type, keys] of tr.changed) {
      if (!(type instanceof Y.Map) || type._item !== null) continue;
      for (const key of keys) if (key !== null) touch(type as Y.Map<unknown>, key);
    }

    const changes: KeyChange[] = [];
    const befores = new Map<string, unknown>();
    const refusedStale: KeyRefusal[] = [];
    const staleSent: StaleKey[] = [];
    // Deletes the update itself carries (Yjs also deletes an item that lost to a concurrent write).
    let ownDeletes: Y.Transaction['deleteSet'] | null = null;
    for (const [k, e] of news) {
      // The item that held the key before this update: the rightmost one not added by it.
      let prev = (e.map as unknown as { _map: Map<string, Y.Item> })._map.get(e.key) ?? null;
      while (prev && isNew(prev.id)) prev = prev.left as Y.Item | null;
      while (prev && prev.parentSub !== e.key) prev = null; // defensive: chains never mix keys
      const before = prev && (!prev.deleted || deletedIn(tr.deleteSet, prev.id)) ? valueOf(prev) : null;
      const after = e.map.get(e.key) ?? null;
      befores.set(k, before);
      const prevId = prev ? idText({ client: prev.id.client, clock: prev.id.clock + prev.length - 1 }) : '';
      const stale =
        staleKeys.has(k) ||
        e.items.some((it) => {
          if (it.origin === null) return prev !== null;
          return !isNew(it.origin) && idText(it.origin) !== prevId;
        });
      if (stale) {
        refusedStale.push({ root: e.root, key: e.key, reason: 'stale' });
        // What the sender wrote, for the claim it belongs to: its last item, unless it deleted that too.
        const last = e.items[e.items.length - 1];
        const deleted = !last || deletedIn((ownDeletes ??= Y.decodeUpdate(update).ds), last.id);
        const taken = e.root === 'booths' || e.root === 'assignments' ? takenFrom.get(e.key) : undefined;
        staleSent.push({ root: e.root, key: e.key, sent: deleted ? null : valueOf(last), ...(taken ? { taken } : {}) });
      } else if (!jsonEqual(before, after)) changes.push({ root: e.root, key: e.key, before, after });
    }
    const refused = [...refusedStale, ...guardKeyChanges(mirror, author, changes, empty, todayUtc(), staleSent)];
    const refusedKeys = new Set(refused.map((r) => keyOf(r.root, r.key)));
    for (const r of refused) {
      const map = rootMap(doc, r.root);
      const before = befores.get(keyOf(r.root, r.key)) ?? null;
      if (!jsonEqual(map.get(r.key) ?? null, before)) {
        if (before === null) map.delete(r.key);
        else map.set(r.key, before);
      }
      result.refused.push({ ...r, current: before });
    }
    result.accepted = changes.filter((ch) => !refusedKeys.has(keyOf(ch.root, ch.key)));
    // The history records who the server authenticated, not what a client claims.
    if (result.accepted.length > 0 && !empty) {
      const op = operationOfKeyChanges(result.accepted, 'sync');
      const history = rootMap(doc, HISTORY);
      for (const entry of historyEntriesFor(op, mirror, { by: author.name, at: now() })) history.set(entry.id, entry);
    }
    for (const [k, e] of news) {
      const head = (e.map as unknown as { _map: Map<string, Y.Item> })._map.get(e.key);
      if (head) result.heads.set(k, idText({ client: head.id.client, clock: head.id.clock + head.length - 1 }));
    }
  }, origin);
  return result;
}
