import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planToDrawing } from '../../../shared/editing/background';
import { hallSiteOutline } from '../../../shared/editing/site';
import { bboxOf } from '../../../shared/geometry/polygon';
import { checkProject } from '../../../shared/model/rules';
import { generateShow } from '../../../shared/sample';
import { renderSitePlan, sampleAssetFiles, SITE_PLAN_COLOURS } from '../../../shared/sample/site-drawing';

describe('the generated master plan under a sample site', () => {
  const show = generateShow({ halls: 15, booths: 1500, exhibitors: 600, seed: 7, siteDrawing: true });
  const drawing = show.settings.site.drawing!;
  const halls = Object.values(show.halls);

  it('lays 15 halls out as a site on two levels, with a locked site drawing the show names', () => {
    expect([...new Set(halls.map((h) => h.level))].sort()).toEqual([1, 2]);
    expect(show.settings.site.levels.map((l) => l.name.en)).toEqual(['1F', '2F']);
    expect(drawing).toMatchObject({ assetId: 'a_siteplan', rotation: 0, locked: true });
    expect(checkProject(show).ok).toBe(true);
    // Not a strip: the site is no more than about three times as wide as it is deep.
    const b = bboxOf(halls.flatMap((h) => hallSiteOutline(h)));
    expect((b.maxX - b.minX) / (b.maxY - b.minY)).toBeLessThan(3.5);
  });

  it('puts each ground-floor hall on its footprint, and nothing but lawn, paving and roads outside them', () => {
    const { raster } = renderSitePlan(halls);
    const asset = show.assets.a_siteplan!;
    expect([raster.width, raster.height]).toEqual([asset.widthPx, asset.heightPx]);
    const colourAt = (p: [number, number]) => raster.at(...planToDrawing(drawing, p));
    for (const h of halls.filter((x) => x.level === 1)) {
      const o = hallSiteOutline(h);
      const b = bboxOf(o);
      // Inside, 2 m in from each corner: footprint; 3 m outside each corner: not.
      for (const [x, y, dx, dy] of [[b.minX, b.minY, 1, 1], [b.maxX, b.minY, -1, 1], [b.maxX, b.maxY, -1, -1], [b.minX, b.maxY, 1, -1]] as const) {
        expect(colourAt([x + 2 * dx, y + 2 * dy]), `${h.code} inside`).toEqual(SITE_PLAN_COLOURS.footprint);
        expect(colourAt([x - 3 * dx, y - 3 * dy]), `${h.code} outside`).not.toEqual(SITE_PLAN_COLOURS.footprint);
      }
    }
    // Upstairs halls stand over ground-floor ones: on a footprint too.
    for (const h of halls.filter((x) => x.level === 2)) {
      const b = bboxOf(hallSiteOutline(h));
      expect(colourAt([(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2])).toEqual(SITE_PLAN_COLOURS.footprint);
    }
    // The central building stands in the boulevard between the two rows.
    let central = 0;
    for (let i = 0; i < raster.pixels.length; i += 3) if (raster.pixels[i] === SITE_PLAN_COLOURS.central[0] && raster.pixels[i + 1] === SITE_PLAN_COLOURS.central[1]) central++;
    expect(central).toBeGreaterThan(1000);
  });

  it('is a valid PNG of the asset size (checked by inflating it), the same bytes every time', () => {
    const [file] = sampleAssetFiles(show);
    const png = Buffer.from(file!.bytes);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const w = png.readUInt32BE(16);
    const h = png.readUInt32BE(20);
    expect([w, h]).toEqual([show.assets.a_siteplan!.widthPx, show.assets.a_siteplan!.heightPx]);
    const idatLen = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLen)).length).toBe((w * 3 + 1) * h);
    expect(Buffer.from(sampleAssetFiles(show)[0]!.bytes).equals(png)).toBe(true);
    expect(w * h).toBeLessThan(2400 * 2400);
  });

  it('is left out unless asked for (shows made for tests and benches name no files)', () => {
    expect(generateShow({ halls: 3, booths: 30, exhibitors: 10, seed: 1 }).settings.site.drawing).toBeNull();
  });
});
