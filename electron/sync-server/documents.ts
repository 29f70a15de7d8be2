import type { Document } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { createProject } from '../../shared/model/create';
import type { Project } from '../../shared/model/project';
import { claimant } from '../../shared/sync/claim-groups';
import { ensureRoots, isEmptyShow, keyChangesOfTransaction, readProject } from '../../shared/sync/doc-map';
import { setMirror } from '../../shared/sync/guard';

/**
 * What the server keeps beside each loaded Y.Doc: the show as plain records (the rules read
 * it), kept current by every transaction whatever its origin, and the queue that makes the
 * checks of one show's updates run one at a time (a check may wait on Redis).
 */
export interface ShowState {
  mirror: Project;
  queue: Promise<unknown>;
  /**
   * For each booth, the exhibitor it was last taken from (an assignment removed, a hold or
   * reservation released, moved or given to another), whatever instance made the change: a
   * write built on an older state that releases the booth most likely took it from them, and
   * the server refuses the rest of that sender's claim for them with it (`applyGuardedUpdate`).
   */
  takenFrom: Map<string, string>;
}

const states = new WeakMap<Y.Doc, ShowState>();

function emptyMirror(): Project {
  return createProject({ name: { zh: '', en: '' } });
}

export function attachShow(doc: Document | Y.Doc): ShowState {
  const existing = states.get(doc);
  if (existing) return existing;
  ensureRoots(doc);
  const state: ShowState = { mirror: isEmptyShow(doc) ? emptyMirror() : readProject(doc), queue: Promise.resolve(), takenFrom: new Map() };
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    for (const ch of keyChangesOfTransaction(tr)) {
      setMirror(state.mirror, ch.root, ch.key, ch.after);
      if (ch.root === 'booths' || ch.root === 'assignments') {
        const who = claimant(ch.root, ch.before);
        if (who && claimant(ch.root, ch.after) !== who) state.takenFrom.set(ch.key, who);
      }
    }
  });
  states.set(doc, state);
  return state;
}

export function showState(doc: Y.Doc): ShowState {
  return states.get(doc) ?? attachShow(doc);
}
