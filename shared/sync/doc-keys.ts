import { COLLECTIONS, type CollectionName } from '../model/project';

// The names of the shared document's roots and keys, apart from Yjs: the role and claim
// rules (and the windows that only show roles) use them without loading the sync engine.

export const META = 'meta';
export const HISTORY = 'history';
export type RootName = CollectionName | typeof META | typeof HISTORY;

/** One key of the shared document (a root and a record id) as one string, for maps and sets of changes. */
export const keyOf = (root: string, key: string): string => `${root}\u0000${key}`;
/** The record id of a `keyOf` string. */
export const idOfKey = (k: string): string => k.slice(k.indexOf('\u0000') + 1);
export const ROOT_NAMES: readonly RootName[] = [...COLLECTIONS, META, HISTORY];

export const isRootName = (name: string): name is RootName => (ROOT_NAMES as readonly string[]).includes(name);

/** One record key that a transaction changed, with its value before and after (null = absent). */
export interface KeyChange {
  root: RootName;
  key: string;
  before: unknown;
  after: unknown;
}
