import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openApp, test } from './support/fixtures';
import { drag, newProject, readJson } from './support/plan';

type Ring = [number, number][];
interface HallJson {
  id: string;
  code: string;
  level: number;
  outline: [number, number][];
  placement: { x: number; y: number; rotation: number };
}
const hallsOf = (file: string) => Object.values(readJson(file).halls) as HallJson[];
const hallByCode = (file: string, code: string) => hallsOf(file).find((h) => h.code === code)!;

const centre = (r: Ring): [number, number] => {
  const pts = r.slice(0, -1);
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
};
/** Direction (degrees, 0 = x axis, counter-clockwise) of the longest edge of a ring. */
const longestEdgeAngle = (r: Ring, scaleX = 1): number => {
  let best = { len: -1, angle: 0 };
  for (let i = 0; i + 1 < r.length; i++) {
    const dx = (r[i + 1]![0] - r[i]![0]) * scaleX;
    const dy = r[i + 1]![1] - r[i]![1];
    const len = Math.hypot(dx, dy);
    if (len > best.len) best = { len, angle: (((Math.atan2(dy, dx) * 180) / Math.PI) % 180 + 180) % 180 };
  }
  return best.angle;
};

test('draw halls where they are on the site, turn one, put one upstairs, move, undo, switch levels, export GeoJSON and IMDF', async ({ page, host }) => {
  test.setTimeout(180_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '场地测试', en: 'Site test', file: 'site' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Drawn clear of the tool palette on the plan's left edge (about 60 px).

  const drawHall = async (code: string, from: { x: number; y: number }, to: { x: number; y: number }, level?: number) => {
    await palette.getByRole('button', { name: 'Hall' }).click();
    await drag(page, from, to);
    const dialog = page.getByRole('dialog', { name: 'New hall' });
    await dialog.getByLabel('Code (booth number prefix)').fill(code);
    if (level !== undefined) await dialog.getByLabel('Level').fill(String(level));
    await dialog.getByRole('button', { name: 'Add hall' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => hallsOf(file).some((h) => h.code === code)).toBe(true);
  };

  // A at the top left, B below it, C to the right: each stays where it was drawn.
  await drawHall('A', { x: cx - 240, y: cy - 200 }, { x: cx - 100, y: cy - 80 });
  await drawHall('B', { x: cx - 240, y: cy + 20 }, { x: cx - 100, y: cy + 140 });
  await drawHall('C', { x: cx + 20, y: cy - 200 }, { x: cx + 220, y: cy - 80 });
  const [a, b, c] = ['A', 'B', 'C'].map((code) => hallByCode(file, code));
  expect(b!.placement.y).toBeGreaterThan(a!.placement.y + 50);
  expect(Math.abs(b!.placement.x - a!.placement.x)).toBeLessThan(1);
  expect(c!.placement.x).toBeGreaterThan(a!.placement.x + Math.max(...a!.outline.map((p) => p[0])));
  expect(Math.abs(c!.placement.y - a!.placement.y)).toBeLessThan(1);
  // Each hall is on screen where the mouse drew its top-left corner.
  for (const [h, x, y] of [[a!, cx - 240, cy - 200], [b!, cx - 240, cy + 20]] as const) {
    const p = await page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 0, 0), h.id);
    expect(Math.abs(p!.x - x)).toBeLessThan(3);
    expect(Math.abs(p!.y - y)).toBeLessThan(3);
  }

  // C turned 30° with the numbers in its place dialog.
  const hallsTab = page.getByRole('tab', { name: 'Halls' });
  await hallsTab.click();
  await page.getByRole('button', { name: 'Place hall C' }).click();
  const place = page.getByRole('dialog', { name: 'Place hall C on the site' });
  await place.getByLabel('Angle (°)').fill('30');
  await place.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => hallByCode(file, 'C').placement.rotation).toBe(30);

  // D upstairs: the plan switches to level 2 and shows D alone.
  await drawHall('D', { x: cx - 100, y: cy - 100 }, { x: cx + 100, y: cy + 100 }, 2);
  expect(hallByCode(file, 'D').level).toBe(2);
  const levels = page.getByRole('group', { name: 'Level' });
  await expect(levels.getByText('2F')).toBeVisible();
  await expect.poll(() => page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 0, 0), a!.id)).toBeNull();
  expect(await page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 0, 0), hallByCode(file, 'D').id)).not.toBeNull();
  await levels.getByText('1F').click();
  await expect.poll(() => page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 0, 0), a!.id)).not.toBeNull();
  expect(await page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 0, 0), hallByCode(file, 'D').id)).toBeNull();

  // Move B by its title bar, then undo.
  await palette.getByRole('button', { name: 'Select', exact: true }).click();
  const titleAt = (await page.evaluate((id) => window.__pavilionCanvas!.worldToScreen(id, 30, 0), b!.id))!;
  const before = hallByCode(file, 'B').placement;
  await drag(page, { x: titleAt.x, y: titleAt.y - 8 }, { x: titleAt.x + 120, y: titleAt.y - 8 });
  await expect.poll(() => hallByCode(file, 'B').placement.x).toBeGreaterThan(before.x + 10);
  expect(hallByCode(file, 'B').placement.y).toBeCloseTo(before.y, 0);
  await canvas.click({ position: { x: 5, y: box.height - 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => hallByCode(file, 'B').placement).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('site-level-1.png') });

  // GeoJSON in site metres (no georeference yet): x east, y north.
  const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
  const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8')) as { pavilion: { crs: string }; features: { id: string; geometry: { coordinates: Ring[] } | null; properties: { featureType: string } }[] };
  expect(geo.pavilion.crs).toBe('local-metres');
  const ringOf = (id: string) => geo.features.find((f) => f.id === id)!.geometry!.coordinates[0]!;
  expect(centre(ringOf(b!.id))[1]).toBeLessThan(centre(ringOf(a!.id))[1] - 30);
  expect(centre(ringOf(c!.id))[0]).toBeGreaterThan(centre(ringOf(a!.id))[0] + 50);
  expect(longestEdgeAngle(ringOf(c!.id))).toBeCloseTo(150, 0);
  expect(geo.features.filter((f) => f.properties.featureType === 'hall')).toHaveLength(4);

  // IMDF needs the site on the map: the export says so and opens the form.
  await page.getByRole('button', { name: 'Export IMDF' }).click();
  const geoForm = page.getByRole('dialog', { name: 'Where the site is on the map' });
  await expect(geoForm).toBeVisible();
  await geoForm.getByLabel('Latitude (°)').fill('95');
  await geoForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The latitude must be between')).toBeVisible();
  await geoForm.getByLabel('Latitude (°)').fill('22.81');
  await geoForm.getByLabel('Longitude (°)').fill('108.39');
  await geoForm.getByLabel('City').fill('Nanning');
  await geoForm.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => readJson(file).settings.site.georeference?.lat ?? null).toBe(22.81);

  const [imdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export IMDF' }).click()]);
  const zip = unzipSync(readFileSync((await imdfDownload.path())!));
  const units = JSON.parse(strFromU8(zip['unit.geojson']!)) as { features: { properties: { name: { en: string } }; geometry: { coordinates: Ring[] } }[] };
  const unit = (code: string) => units.features.find((f) => f.properties.name.en.startsWith(code))!.geometry.coordinates[0]!;
  expect(units.features).toHaveLength(4);
  // North is up: B (drawn below A) has the lower latitude, C (drawn right) the greater longitude.
  expect(centre(unit('B'))[1]).toBeLessThan(centre(unit('A'))[1]);
  expect(centre(unit('C'))[0]).toBeGreaterThan(centre(unit('A'))[0]);
  // C's long walls run 30° clockwise from east on the plan: 150° counter-clockwise on the map
  // (longitude degrees shrink by cos(latitude)).
  expect(longestEdgeAngle(unit('C'), Math.cos((22.81 * Math.PI) / 180))).toBeCloseTo(150, 0);
  const levelsFile = JSON.parse(strFromU8(zip['level.geojson']!)) as { features: { properties: { ordinal: number } }[] };
  expect(levelsFile.features.map((f) => f.properties.ordinal).sort()).toEqual([1, 2]);
});
