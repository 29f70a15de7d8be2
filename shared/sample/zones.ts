import type { Zone } from '../model/entities';
import { COUNTRIES } from './catalog/countries';
import { THEMES } from './catalog/sectors';
import type { HallLayout } from './layout';
import type { IdMaker } from './random';

export interface ZonePlan {
  zones: Zone[];
  /** Zone id for a booth's block cell in a hall; null where no zone was painted. */
  zoneOf(hall: number, band: number, col: number): string | null;
  /** The country a pavilion zone is for, by zone id. */
  pavilionCountry: Map<string, string>;
}

/** Themed zones spread over the halls (two per hall in small shows) and ASEAN pavilions in the last halls. */
export function planZones(layouts: readonly HallLayout[], ids: IdMaker): ZonePlan {
  const halls = layouts.length;
  const twoThemes = halls * 2 <= THEMES.length;
  const themeZones = new Map<number, Zone>();
  const themeZone = (i: number): Zone => {
    let z = themeZones.get(i);
    if (!z) {
      const def = THEMES[i]!;
      z = { id: ids.make('zone'), kind: 'theme', name: def.name, color: def.color, sectors: [...def.sectors], countries: [] };
      themeZones.set(i, z);
    }
    return z;
  };

  const asean = COUNTRIES.filter((c) => c.pavilion);
  const pavilionCount = Math.min(asean.length, Math.max(1, Math.floor((halls * 2) / 3)));
  const pavilionsByHall = new Map<number, Zone[]>();
  const pavilionCountry = new Map<string, string>();
  const pavilions: Zone[] = [];
  for (let i = 0; i < pavilionCount; i++) {
    const c = asean[i]!;
    const zone: Zone = { id: ids.make('zone'), kind: 'pavilion', name: c.pavilion!.name, color: c.pavilion!.color, sectors: [], countries: [c.code] };
    pavilions.push(zone);
    pavilionCountry.set(zone.id, c.code);
    const hall = Math.max(0, halls - 1 - Math.floor(i / 2));
    pavilionsByHall.set(hall, [...(pavilionsByHall.get(hall) ?? []), zone]);
  }

  const cellZone: Map<string, string>[] = layouts.map((layout, h) => {
    const map = new Map<string, string>();
    const cols = layout.colX.length;
    const counts = new Map<string, number>();
    for (const b of layout.booths) counts.set(`${b.band}/${b.col}`, (counts.get(`${b.band}/${b.col}`) ?? 0) + 1);

    // Pavilions fill shell-scheme blocks from the back of the right half, band by band, so each
    // is one compact area; the left half is used only when the right one runs out.
    const standardCells: [number, number][] = [];
    const half = Math.floor(cols / 2);
    for (const [from, to] of [
      [half, cols],
      [0, half],
    ] as const) {
      for (let b = layout.bands.length - 1; b >= 0; b--) {
        for (let c = to - 1; c >= from; c--) {
          if (layout.bands[b]!.kind === 'standard' && counts.get(`${b}/${c}`)) standardCells.push([b, c]);
        }
      }
    }
    const stdBooths = layout.booths.filter((b) => b.kind === 'standard').length;
    const target = Math.min(72, Math.max(6, Math.round(stdBooths * 0.15)));
    let next = 0;
    for (const zone of pavilionsByHall.get(h) ?? []) {
      let got = 0;
      while (next < standardCells.length && (got < target || got === 0)) {
        const [b, c] = standardCells[next++]!;
        map.set(`${b}/${c}`, zone.id);
        got += counts.get(`${b}/${c}`) ?? 0;
      }
    }

    const first = twoThemes ? 2 * h : h % THEMES.length;
    for (let b = 0; b < layout.bands.length; b++) {
      for (let c = 0; c < cols; c++) {
        const key = `${b}/${c}`;
        if (map.has(key) || !counts.get(key)) continue;
        const second = cols > 1 ? c >= Math.ceil(cols / 2) : b >= Math.ceil(layout.bands.length / 2);
        map.set(key, themeZone(twoThemes && second ? first + 1 : first).id);
      }
    }
    return map;
  });

  const usedIds = new Set(cellZone.flatMap((m) => [...m.values()]));
  const zones = [...[...themeZones.entries()].sort((a, b) => a[0] - b[0]).map(([, z]) => z), ...pavilions].filter((z) => usedIds.has(z.id));
  for (const id of pavilionCountry.keys()) if (!usedIds.has(id)) pavilionCountry.delete(id);
  return {
    zones,
    zoneOf: (hall, band, col) => cellZone[hall]?.get(`${band}/${col}`) ?? null,
    pavilionCountry,
  };
}
