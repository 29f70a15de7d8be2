import { createStore } from 'zustand/vanilla';
import type { Project } from '../../shared/model/project';
import { siteLevels } from '../../shared/model/levels';
import type { Level } from '../../shared/model/entities';

/**
 * Which level of the site the plan shows. One person's view: never saved, never undone.
 * The plan shows the halls of one level at a time; the hall tool draws on it.
 */
export interface SiteViewState {
  level: number;
}

export const siteStore = createStore<SiteViewState>(() => ({ level: 1 }));

/** The levels the switcher offers: named ones and every level a hall is on, lowest first. */
export function levelsOf(doc: Pick<Project, 'settings' | 'halls'> | null): Level[] {
  if (!doc) return [];
  return siteLevels(doc.settings.site, Object.values(doc.halls).map((h) => h.level));
}

export function setLevel(level: number): void {
  if (siteStore.getState().level !== level) siteStore.setState({ level });
}

/** The level a freshly opened show starts on: the lowest with halls (else the lowest named, else 1). */
export function openingLevel(doc: Pick<Project, 'settings' | 'halls'>): number {
  const used = Object.values(doc.halls).map((h) => h.level);
  if (used.length > 0) return Math.min(...used);
  return doc.settings.site.levels[0]?.ordinal ?? 1;
}
