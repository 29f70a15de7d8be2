import { describe, expect, it } from 'vitest';
import { bboxContains, bboxOf, boothTypeOf, computeOpenSides, pointInPolygon, rectCorners, shapeBBox, type BBox } from '../../../shared/geometry';
import { checkIntegrity, validateProject, type Point, type Project } from '../../../shared/model';
import { COUNTRIES, GenerateOptionsError, SAMPLE_SECTORS, generateShow } from '../../../shared/sample';

/** Boxes sharing interior area; boxes that only touch do not overlap. */
const bboxesOverlap = (a: BBox, b: BBox) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Pairs of overlapping boxes, by a sweep over x (fast enough for 20,000 booths). */
function overlappingPairs(boxes: { id: string; box: BBox }[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.box.minX - b.box.minX);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.box.minX < sorted[i]!.box.maxX; j++) {
      if (bboxesOverlap(sorted[i]!.box, sorted[j]!.box)) out.push([sorted[i]!.id, sorted[j]!.id]);
    }
  }
  return out;
}

function checkGeometry(p: Project): void {
  const problems: string[] = [];
  for (const hall of Object.values(p.halls)) {
    const outline = bboxOf(hall.outline);
    const booths = Object.values(p.booths).filter((b) => b.hallId === hall.id);
    const facilities = Object.values(p.facilities).filter((f) => f.hallId === hall.id);
    for (const b of booths) {
      if (b.shape.type !== 'rect') {
        problems.push(`${b.number} is not a rect`);
        continue;
      }
      if (!bboxContains(outline, shapeBBox(b.shape))) problems.push(`${b.number} sticks out of ${hall.code}`);
      // Corners nudged a centimetre towards the middle: on the outline itself the ray cast may go either way.
      for (const [x, y] of rectCorners(b.shape)) {
        const inset: Point = [x + Math.sign(outline.maxX / 2 - x) * 0.01, y + Math.sign(outline.maxY / 2 - y) * 0.01];
        if (!pointInPolygon(inset, hall.outline)) problems.push(`${b.number} corner ${x},${y} outside ${hall.code}`);
      }
    }
    const boxes = [
      ...booths.map((b) => ({ id: `booth ${b.number}`, box: shapeBBox(b.shape) })),
      ...facilities.flatMap((f) => (f.shape.type === 'rect' ? [{ id: `${f.kind} ${f.id}`, box: shapeBBox(f.shape) }] : [])),
    ];
    for (const [a, b] of overlappingPairs(boxes)) problems.push(`${a} overlaps ${b} in ${hall.code}`);
    for (const f of facilities) {
      if (f.shape.type !== 'rect') continue;
      const box = shapeBBox(f.shape);
      if (!bboxContains(outline, box)) problems.push(`${f.kind} ${f.id} sticks out of ${hall.code}`);
      const onWall = box.minX === outline.minX || box.maxX === outline.maxX || box.minY === outline.minY || box.maxY === outline.maxY;
      if ((f.kind === 'entrance' || f.kind === 'exit') && !onWall) problems.push(`${f.kind} ${f.id} is not on the outline of ${hall.code}`);
    }
  }
  expect(problems).toEqual([]);
}

function checkDerived(p: Project): void {
  const byHall = new Map<string, Project['booths'][string][]>();
  for (const b of Object.values(p.booths)) {
    let list = byHall.get(b.hallId);
    if (!list) byHall.set(b.hallId, (list = []));
    list.push(b);
  }
  const problems: string[] = [];
  for (const [hallId, booths] of byHall) {
    const open = computeOpenSides(booths.map((b) => b.shape), { walls: [p.halls[hallId]!.outline] });
    booths.forEach((b, i) => {
      if (b.openSides.join() !== open[i]!.join()) problems.push(`${b.number} openSides ${b.openSides} but geometry says ${open[i]}`);
      if (b.type !== boothTypeOf(b.shape, open[i]!)) problems.push(`${b.number} type ${b.type}`);
    });
  }
  expect(problems).toEqual([]);
}

function checkStatuses(p: Project): void {
  expect(checkIntegrity(p)).toEqual([]);
  for (const b of Object.values(p.booths)) {
    if (b.status === 'hold') {
      expect(b.claim).not.toBeNull();
      expect(b.claim!.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    if (b.status === 'reserved') expect(b.claim).not.toBeNull();
    if (b.status === 'available' || b.status === 'assigned' || b.status === 'blocked') expect(b.claim).toBeNull();
  }
  for (const a of Object.values(p.assignments)) expect(p.booths[a.boothId]!.status).toBe('assigned');
}

/** The full-size show, made once for the tests that only read it. */
let expo: Project | undefined;
const fullSize = () => (expo ??= generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 1 }));

describe('generateShow', () => {
  it('makes the sample-sized show: valid, counted, laid out, consistent', () => {
    const p = generateShow({ halls: 2, booths: 150, exhibitors: 80, seed: 11 });
    const v = validateProject(p);
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(Object.keys(p.halls)).toHaveLength(2);
    expect(Object.keys(p.booths)).toHaveLength(150);
    expect(Object.keys(p.exhibitors)).toHaveLength(80);
    checkGeometry(p);
    checkDerived(p);
    checkStatuses(p);
    const zones = Object.values(p.zones);
    expect(zones.filter((z) => z.kind === 'theme').map((z) => z.name.en)).toEqual([
      'Artificial Intelligence',
      'Big Health',
      'Digital Economy',
      'Sustainable Development',
    ]);
    expect(zones.filter((z) => z.kind === 'pavilion').map((z) => z.name.zh)).toEqual(['泰国馆']);
    expect(Object.values(p.booths).every((b) => b.zoneId !== null)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateShow({ halls: 3, booths: 400, exhibitors: 200, seed: 5 }));
    const b = JSON.stringify(generateShow({ halls: 3, booths: 400, exhibitors: 200, seed: 5 }));
    const c = JSON.stringify(generateShow({ halls: 3, booths: 400, exhibitors: 200, seed: 6 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('lays out shell-scheme rows and raw-space islands with named halls and booth numbers', () => {
    const p = generateShow({ halls: 4, booths: 1200, exhibitors: 600, seed: 3 });
    const halls = Object.values(p.halls).sort((a, b) => a.order - b.order);
    expect(halls.map((h) => `${h.name.zh} / ${h.name.en} / ${h.code}`)).toEqual(['1号馆 / Hall 1 / A1', '2号馆 / Hall 2 / A2', '3号馆 / Hall 3 / A3', '4号馆 / Hall 4 / A4']);
    for (const h of halls) {
      const b = bboxOf(h.outline);
      expect(b.maxX - b.minX).toBeGreaterThanOrEqual(60);
      expect(b.maxX - b.minX).toBeLessThanOrEqual(200);
      expect(b.maxY - b.minY).toBeGreaterThanOrEqual(40);
      expect(b.maxY - b.minY).toBeLessThanOrEqual(150);
    }
    const booths = Object.values(p.booths);
    const numbers = booths.map((b) => b.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const b of booths) expect(b.number).toMatch(new RegExp(`^${p.halls[b.hallId]!.code}-\\d{3,}$`));
    const std = booths.filter((b) => b.kind === 'standard');
    const raw = booths.filter((b) => b.kind === 'raw');
    expect(std.every((b) => b.shape.type === 'rect' && b.shape.w === 3 && b.shape.h === 3)).toBe(true);
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.every((b) => b.shape.type === 'rect' && b.shape.w * b.shape.h >= 36)).toBe(true);
    const types = new Set(booths.map((b) => b.type));
    for (const t of ['inline', 'corner', 'peninsula', 'island']) expect(types).toContain(t);
    expect(types).not.toContain('enclosed');
    // Most shell-scheme booths sit inside a row, facing one aisle.
    expect(std.filter((b) => b.type === 'inline').length / std.length).toBeGreaterThan(0.6);
  });

  it('places facilities in every hall: doors, restrooms, desk, columns, café, first aid, and stages in some', () => {
    const p = generateShow({ halls: 6, booths: 2400, exhibitors: 1100, seed: 8 });
    const kindsByHall = new Map<string, Set<string>>();
    for (const f of Object.values(p.facilities)) kindsByHall.set(f.hallId, (kindsByHall.get(f.hallId) ?? new Set()).add(f.kind));
    for (const h of Object.keys(p.halls)) {
      const kinds = kindsByHall.get(h)!;
      for (const k of ['entrance', 'exit', 'restroom', 'service-desk', 'column', 'cafe', 'first-aid']) expect(kinds, k).toContain(k);
    }
    expect([...kindsByHall.values()].filter((k) => k.has('stage')).length).toBeGreaterThan(0);
    checkGeometry(p);
  });

  it('makes believable exhibitors: mostly Chinese, the ASEAN ten and a few others, with contacts', () => {
    const p = fullSize();
    const ex = Object.values(p.exhibitors);
    const cn = ex.filter((e) => e.country === 'CN');
    expect(cn.length / ex.length).toBeGreaterThanOrEqual(0.6);
    expect(cn.length / ex.length).toBeLessThanOrEqual(0.7);
    const countries = new Set(ex.map((e) => e.country));
    for (const c of ['TH', 'VN', 'MY', 'ID', 'SG', 'PH', 'KH', 'LA', 'MM', 'BN', 'JP', 'KR', 'DE']) expect(countries).toContain(c);
    for (const e of ex) {
      expect(e.name.zh).toMatch(/公司|株式会社/);
      expect(e.name.en).toMatch(/Co\., Ltd\.|Company|Sdn\. Bhd\.|Berhad|^PT |Pte\. Ltd\.|Inc\.|Corporation|GmbH|AG$/);
      expect(e.contact.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(e.contact.phone).toMatch(/^\+\d{2,3} [\d -]+$/);
      expect(e.website).toMatch(/^https:\/\/www\.[a-z0-9.-]+$/);
      expect(e.sectors.length).toBeGreaterThan(0);
      for (const s of e.sectors) expect(Object.keys(SAMPLE_SECTORS)).toContain(s);
      for (const c of e.competitors) expect(p.exhibitors[c]).toBeDefined();
      for (const z of e.preferredZones) expect(p.zones[z]).toBeDefined();
      expect(e.priority).toBeGreaterThanOrEqual(0);
    }
    expect(new Set(ex.map((e) => e.name.zh)).size).toBeGreaterThan(ex.length * 0.99);
    expect(ex.filter((e) => e.country === 'VN').some((e) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(e.name.en))).toBe(true);
    expect(cn.some((e) => e.name.zh.startsWith('广西') && e.name.en.startsWith('Guangxi '))).toBe(true);
  });

  it('keeps country pavilions for their country and assigns about the requested share', () => {
    const p = fullSize();
    const pavilions = Object.values(p.zones).filter((z) => z.kind === 'pavilion');
    expect(pavilions.map((z) => z.countries[0]).sort()).toEqual(COUNTRIES.filter((c) => c.pavilion).map((c) => c.code).sort());
    for (const a of Object.values(p.assignments)) {
      const zone = p.zones[p.booths[a.boothId]!.zoneId!]!;
      if (zone.kind === 'pavilion') expect(zone.countries).toContain(p.exhibitors[a.exhibitorId]!.country);
    }
    const booths = Object.values(p.booths);
    const assigned = booths.filter((b) => b.status === 'assigned').length / booths.length;
    expect(assigned).toBeGreaterThan(0.6);
    expect(assigned).toBeLessThan(0.7);
    for (const s of ['hold', 'reserved', 'blocked'] as const) expect(booths.some((b) => b.status === s)).toBe(true);
    checkStatuses(p);
  });

  it('dates holds around the planning day: some lapsed, most still running', () => {
    const p = generateShow({ halls: 2, booths: 300, exhibitors: 150, seed: 4, today: '2026-11-23', start: '2027-09-17', end: '2027-09-21' });
    const untils = Object.values(p.booths).flatMap((b) => (b.status === 'hold' && b.claim?.until ? [b.claim.until] : []));
    expect(untils.some((u) => u < '2026-11-23')).toBe(true);
    expect(untils.some((u) => u > '2026-11-23')).toBe(true);
    expect(p.settings.event).toEqual({ start: '2027-09-17', end: '2027-09-21' });
    for (const a of Object.values(p.assignments)) expect(a.at < '2026-11-23').toBe(true);
    const times = p.history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);
  });

  it('honours assignedShare at both ends', () => {
    const none = generateShow({ halls: 2, booths: 200, exhibitors: 100, seed: 2, assignedShare: 0 });
    expect(Object.keys(none.assignments)).toHaveLength(0);
    checkStatuses(none);
    const all = generateShow({ halls: 2, booths: 200, exhibitors: 300, seed: 2, assignedShare: 1 });
    expect(Object.values(all.booths).every((b) => b.status === 'assigned')).toBe(true);
    checkStatuses(all);
  });

  it('copes with tiny and empty shows', () => {
    for (const o of [
      { halls: 1, booths: 0, exhibitors: 0 },
      { halls: 3, booths: 2, exhibitors: 0 },
      { halls: 2, booths: 10, exhibitors: 3 },
      { halls: 1, booths: 61, exhibitors: 1 },
      { halls: 5, booths: 40, exhibitors: 500 },
    ]) {
      const p = generateShow({ ...o, seed: 9 });
      const v = validateProject(p);
      expect(v.ok ? [] : v.problems, JSON.stringify(o)).toEqual([]);
      expect(Object.keys(p.booths)).toHaveLength(o.booths);
      expect(Object.keys(p.exhibitors)).toHaveLength(o.exhibitors);
      checkGeometry(p);
    }
  });

  it('refuses options it cannot honour', () => {
    const base = { halls: 2, booths: 10, exhibitors: 5, seed: 1 };
    expect(() => generateShow({ ...base, halls: 0 })).toThrow(GenerateOptionsError);
    expect(() => generateShow({ ...base, booths: -1 })).toThrow(/booths/);
    expect(() => generateShow({ ...base, booths: 2.5 })).toThrow(/booths/);
    expect(() => generateShow({ ...base, seed: Number.NaN })).toThrow(/seed/);
    expect(() => generateShow({ ...base, assignedShare: 1.5 })).toThrow(/assignedShare/);
    expect(() => generateShow({ ...base, start: '2027-02-30' })).toThrow(/start/);
    expect(() => generateShow({ ...base, start: '2027-09-21', end: '2027-09-17' })).toThrow(/end/);
  });

  it('generates 7,500 booths in 15 halls well under two seconds, valid and without overlaps', () => {
    // CPU time, not wall time: the test machine may be busy with other work.
    const cpu = process.cpuUsage();
    const p = generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 42 });
    const { user, system } = process.cpuUsage(cpu);
    expect((user + system) / 1000).toBeLessThan(2000);
    expect(Object.keys(p.halls)).toHaveLength(15);
    expect(Object.keys(p.booths)).toHaveLength(7500);
    expect(Object.keys(p.exhibitors)).toHaveLength(3500);
    const v = validateProject(p);
    expect(v.ok ? [] : v.problems).toEqual([]);
    checkGeometry(p);
    checkDerived(p);
  });

  it('handles 20,000 booths', () => {
    const p = generateShow({ halls: 18, booths: 20_000, exhibitors: 8000, seed: 7 });
    expect(Object.keys(p.booths)).toHaveLength(20_000);
    const v = validateProject(p);
    expect(v.ok ? [] : v.problems).toEqual([]);
    checkGeometry(p);
  });
});
