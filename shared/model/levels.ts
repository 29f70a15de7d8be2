import type { Bilingual } from './primitives';
import type { Level, Site } from './entities';

/** The name a level gets when nobody named it: 1F / 1层, B1 / 地下1层 for basements. */
export function defaultLevelName(ordinal: number): Bilingual {
  if (ordinal > 0) return { zh: `${ordinal}层`, en: `${ordinal}F` };
  if (ordinal < 0) return { zh: `地下${-ordinal}层`, en: `B${-ordinal}` };
  return { zh: '地面层', en: 'G' };
}

/**
 * Every level of the show, lowest first: the named ones and any level a hall uses without a
 * name (which gets `defaultLevelName`, as does a language a level's name leaves empty). Named levels win over duplicates further down the list.
 */
export function siteLevels(site: Pick<Site, 'levels'>, hallLevels: Iterable<number>): Level[] {
  const byOrdinal = new Map<number, Level>();
  for (const l of site.levels) if (!byOrdinal.has(l.ordinal)) byOrdinal.set(l.ordinal, { ordinal: l.ordinal, name: levelName(l) });
  for (const n of hallLevels) if (!byOrdinal.has(n)) byOrdinal.set(n, { ordinal: n, name: defaultLevelName(n) });
  return [...byOrdinal.values()].sort((a, b) => a.ordinal - b.ordinal);
}

/** A level's name, each language falling back to the default when left empty. */
export function levelName(level: Level): Bilingual {
  const d = defaultLevelName(level.ordinal);
  return { zh: level.name.zh.trim() || d.zh, en: level.name.en.trim() || d.en };
}
