import type { Assignment, Booth } from '../model/entities';
import { jsonEqual } from '../ops/operation';
import { keyOf, type KeyChange, type RootName } from './doc-keys';

/** A key of one update refused before the rules ran (first write wins), with what its sender wrote. */
export interface StaleKey {
  root: RootName;
  key: string;
  sent: unknown;
  /**
   * The exhibitor this booth was last taken from on the server, when what the sender wrote
   * gives the booth to nobody: a release built on an older state most likely took the booth
   * from them (a move's source), and the value the sender built on is gone (Yjs collects the
   * content of deleted items), so this stands in for it.
   */
  taken?: string;
}

/** The exhibitor a booth or assignment record gives the booth to (null: nobody, or the organizer). */
export function claimant(root: 'booths' | 'assignments', value: unknown): string | null {
  if (!value) return null;
  if (root === 'assignments') return (value as Assignment).exhibitorId ?? null;
  const b = value as Booth;
  return b.status === 'hold' || b.status === 'reserved' ? (b.claim?.exhibitorId ?? null) : null;
}

/** A booth record is part of a claim when its status or claim changes, not its outline or number. */
function changesClaim(ch: KeyChange): boolean {
  if (ch.root === 'assignments') return true;
  if (ch.root !== 'booths') return false;
  const b = ch.before as Booth | null;
  const a = ch.after as Booth | null;
  return b?.status !== a?.status || !jsonEqual(b?.claim ?? null, a?.claim ?? null);
}

/**
 * The booth claims of one update, tied by exhibitor, so the server keeps or refuses them
 * together as the local commands do (assigning, holding or reserving three booths is refused
 * whole when one is taken). A booth's record and its assignment are one unit; a unit names the
 * exhibitors its values give the booth to or take it from (a move names the exhibitor on both
 * booths, a swap names both exhibitors and so ties their claims). For a key refused as stale
 * only what its sender wrote counts: what the key holds now is the winner's, not the sender's;
 * when that gives the booth to nobody (a release, a move's source), the exhibitor the booth was
 * last taken from stands for the one the sender took it from (`StaleKey.taken`).
 * Changes naming no exhibitor (layout edits, organizer holds, blocking) are judged alone.
 */
export class ClaimGroups {
  /** For each key of a claim, the exhibitors its booth's unit names. */
  private readonly named = new Map<string, Set<string>>();
  /** For each exhibitor, the keys naming them. */
  private readonly keys = new Map<string, string[]>();

  constructor(changes: readonly KeyChange[], stale: readonly StaleKey[]) {
    const units = new Map<string, { keys: string[]; names: Set<string> }>();
    const add = (root: RootName, key: string, values: unknown[], taken?: string) => {
      if (root !== 'booths' && root !== 'assignments') return;
      let u = units.get(key);
      if (!u) units.set(key, (u = { keys: [], names: new Set() }));
      u.keys.push(keyOf(root, key));
      let named = false;
      for (const v of values) {
        const who = claimant(root, v);
        if (who) {
          u.names.add(who);
          named = true;
        }
      }
      if (!named && taken) u.names.add(taken);
    };
    for (const ch of changes) if (changesClaim(ch)) add(ch.root, ch.key, [ch.before, ch.after]);
    for (const s of stale) add(s.root, s.key, [s.sent], s.taken);
    for (const u of units.values()) {
      if (u.names.size === 0) continue;
      for (const k of u.keys) this.named.set(k, u.names);
      for (const who of u.names) {
        let list = this.keys.get(who);
        if (!list) this.keys.set(who, (list = []));
        list.push(...u.keys);
      }
    }
  }

  /**
   * The keys that fall with the refused ones: every key naming an exhibitor a refused key names,
   * and so on through the keys added. Each is given with the refused key that took it down.
   */
  along(refused: Iterable<string>): Map<string, string> {
    const out = new Map<string, string>();
    const seen = new Set<string>();
    const queue = [...refused].map((k) => ({ k, cause: k }));
    const down = new Set(queue.map((q) => q.k));
    while (queue.length > 0) {
      const { k, cause } = queue.pop()!;
      for (const who of this.named.get(k) ?? []) {
        if (seen.has(who)) continue;
        seen.add(who);
        for (const other of this.keys.get(who) ?? []) {
          if (down.has(other)) continue;
          down.add(other);
          out.set(other, cause);
          queue.push({ k: other, cause });
        }
      }
    }
    return out;
  }
}
