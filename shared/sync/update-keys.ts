import * as Y from 'yjs';
import { isRootName, keyOf, type RootName } from './doc-keys';

/** One record key an incoming update writes: the id its first new item builds on, and its last. */
export interface UpdateKey {
  root: RootName;
  key: string;
  /** `client:clock` of the item the sender saw as current (its base), or '' for none. */
  base: string;
  /** `client:clock` of the last item the update adds for this key. */
  head: string;
}

export const idText = (id: { client: number; clock: number } | null): string => (id ? `${id.client}:${id.clock}` : '');

export type UpdateShape =
  | { ok: true; keys: UpdateKey[] }
  | { ok: false; reason: 'malformed' | 'missing-base' | 'foreign-type' };

/**
 * Reads which keys of our root maps an update writes, before it is applied: a map item carries
 * its key only when it has no origin, otherwise the key is its origin's (found in the document
 * or earlier in the same update). Refuses what a Pavilion client never sends: nested types,
 * items outside our root maps, and items whose base the document does not hold (an update
 * from a future the server has not seen, which Yjs would keep pending and apply unchecked).
 */
export function keysOfUpdate(doc: Y.Doc, update: Uint8Array): UpdateShape {
  let structs: (Y.Item | Y.GC | { id: Y.ID; length: number })[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const own = new Map<number, { clock: number; length: number; root: string | null; key: string | null }[]>();
  const locate = (id: Y.ID): { root: string | null; key: string | null } | null => {
    for (const r of own.get(id.client) ?? []) if (id.clock >= r.clock && id.clock < r.clock + r.length) return r;
    const state = Y.getState(doc.store, id.client);
    if (id.clock >= state) return null;
    const s = Y.getItem(doc.store, id);
    if (!(s instanceof Y.Item)) return { root: null, key: null };
    const parent = s.parent as Y.AbstractType<unknown> | null;
    if (!parent || parent._item !== null) return { root: null, key: null };
    return { root: Y.findRootTypeKey(parent), key: s.parentSub };
  };
  const byKey = new Map<string, UpdateKey>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const state = Y.getState(doc.store, s.id.client);
    if (s.id.clock + s.length <= state) continue; // already known: Yjs skips it
    let root: string | null = null;
    let key: string | null = null;
    if (s.origin === null && s.rightOrigin === null) {
      if (typeof s.parent !== 'string') return { ok: false, reason: 'foreign-type' };
      root = s.parent;
      key = s.parentSub;
    } else {
      const at = locate((s.origin ?? s.rightOrigin)!);
      if (!at) return { ok: false, reason: 'missing-base' };
      root = at.root;
      key = at.key;
    }
    if (root === null || key === null || !isRootName(root)) return { ok: false, reason: 'foreign-type' };
    if (!(s.content instanceof Y.ContentAny) && !(s.content instanceof Y.ContentDeleted)) return { ok: false, reason: 'foreign-type' };
    let list = own.get(s.id.client);
    if (!list) own.set(s.id.client, (list = []));
    list.push({ clock: s.id.clock, length: s.length, root, key });
    const head = idText({ client: s.id.client, clock: s.id.clock + s.length - 1 });
    const k = keyOf(root, key);
    const seen = byKey.get(k);
    if (seen) seen.head = head;
    else byKey.set(k, { root, key, base: idText(s.origin), head });
  }
  // Every client's new structs must start where the document's knowledge of that client ends.
  const meta = Y.parseUpdateMeta(update);
  for (const [client, from] of meta.from) {
    const to = meta.to.get(client) ?? from;
    if (to > Y.getState(doc.store, client) && from > Y.getState(doc.store, client)) return { ok: false, reason: 'missing-base' };
  }
  return { ok: true, keys: [...byKey.values()] };
}
