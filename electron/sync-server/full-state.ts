import * as Y from 'yjs';

/**
 * The bytes of a document's whole state, kept while they are current, so that the server does
 * not encode a large show again to store it or to send it to a newcomer. Two moments give
 * them for free: the state read from SQLite when the show is loaded, and the first update
 * into an empty document (a show put on the server, or relayed from the instance it was put
 * on) — Yjs has just encoded that transaction, and on an empty document it is the whole state.
 * Any later change drops them; the next request encodes once and keeps the result until the
 * next change. (A 20,000-booth show: 17 MB, ~0.3 s to encode on a quiet machine, and another
 * transient copy of it in memory each time.)
 */
const current = new WeakMap<Y.Doc, Uint8Array>();
const tracked = new WeakSet<Y.Doc>();

function isEmpty(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0 && doc.store.pendingStructs === null && doc.store.pendingDs === null;
}

/** Starts following `doc`; `loaded` is the state it was just built from (null for a new show). */
export function trackFullState(doc: Y.Doc, loaded: Uint8Array | null): void {
  if (loaded && !isEmpty(doc)) current.set(doc, loaded);
  if (tracked.has(doc)) return;
  tracked.add(doc);
  doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (tr.beforeState.size === 0 && doc.store.pendingStructs === null && doc.store.pendingDs === null) current.set(doc, update);
    else current.delete(doc);
  });
}

/** The whole state as one update: the kept bytes when nothing changed since, else encoded now (and kept). */
export function fullState(doc: Y.Doc): Uint8Array {
  let bytes = current.get(doc);
  if (!bytes) {
    bytes = Y.encodeStateAsUpdate(doc);
    if (tracked.has(doc)) current.set(doc, bytes);
  }
  return bytes;
}

/** The kept bytes, only if current (never encodes). */
export function keptFullState(doc: Y.Doc): Uint8Array | null {
  return current.get(doc) ?? null;
}
