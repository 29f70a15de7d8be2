import type { Document } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { createProject } from '../../shared/model/create';
import type { Project } from '../../shared/model/project';
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
}

const states = new WeakMap<Y.Doc, ShowState>();

function emptyMirror(): Project {
  return createProject({ name: { zh: '', en: '' } });
}

export function attachShow(doc: Document | Y.Doc): ShowState {
  const existing = states.get(doc);
  if (existing) return existing;
  ensureRoots(doc);
  const state: ShowState = { mirror: isEmptyShow(doc) ? emptyMirror() : readProject(doc), queue: Promise.resolve() };
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    for (const ch of keyChangesOfTransaction(tr)) setMirror(state.mirror, ch.root, ch.key, ch.after);
  });
  states.set(doc, state);
  return state;
}

export function showState(doc: Y.Doc): ShowState {
  return states.get(doc) ?? attachShow(doc);
}
