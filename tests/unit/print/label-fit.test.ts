import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectCorners, pointInPolygon } from '../../../shared/geometry/polygon';
import type { AreaShape, Point } from '../../../shared/model/primitives';
import { fitLabel, LINE_HEIGHT } from '../../../shared/print/label-fit';
import { labelBoxes, readableAngle } from '../../../shared/print/label-box';
import { textWidth } from '../../../shared/print/measure';
import { layoutPlan, type PlanHall } from '../../../shared/print/plan';

const NAMES = ['华为技术有限公司', 'Huawei Technologies Co., Ltd.', '广西北部湾国际港务智慧物流与供应链管理集团有限公司', 'Công ty Cổ phần Viễn thông FPT', 'BYD', '<img src=x onerror=alert(1)>', 'บริษัท ซีพี ออลล์ จำกัด'];

describe('fitLabel', () => {
  it('never returns a line wider than the box nor a block taller than it (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...NAMES),
        fc.string({ maxLength: 10 }),
        (w, h, a, b, number) => {
          const f = fitLabel(w, h, { number, alternatives: [[a, b], [a]] }, { minFont: 1.5, maxFont: 6 });
          if (!f) return;
          expect(f.height).toBeLessThanOrEqual(h + 1e-9);
          for (const l of f.lines) {
            expect(l.width).toBeLessThanOrEqual(w + 1e-9);
            expect(textWidth(l.text, l.size, l.bold)).toBeLessThanOrEqual(w + 1e-9);
            expect(l.size).toBeGreaterThanOrEqual(1.5 - 1e-9);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('shrinks and wraps a long name, then falls back to the number, then to nothing', () => {
    const req = { number: 'A1-101', alternatives: [['广西北部湾国际港务智慧物流与供应链管理集团有限公司']] };
    const roomy = fitLabel(40, 30, req, { minFont: 1.5, maxFont: 5 })!;
    expect(roomy.alternative).toBe(0);
    expect(roomy.lines.length).toBeGreaterThan(2);
    const tight = fitLabel(12, 4, req, { minFont: 1.5, maxFont: 5 })!;
    expect(tight.alternative).toBe(-1);
    expect(tight.lines.map((l) => l.text)).toEqual(['A1-101']);
    expect(fitLabel(3, 1, req, { minFont: 1.5, maxFont: 5 })).toBeNull();
  });

  it('uses the short name when the full one does not fit, or only in the smallest type', () => {
    const req = { number: 'A1-5', alternatives: [['Huawei Technologies Co., Ltd.'], ['Huawei']] };
    const narrow = fitLabel(10, 6, req, { minFont: 1.5, maxFont: 5 })!;
    expect(narrow.alternative).toBe(1);
    expect(narrow.lines.map((l) => l.text)).toContain('Huawei');
    // The full name would fit at the minimum size here, but the short one fits comfortably.
    expect(fitLabel(14, 8, { ...req, alternatives: [req.alternatives[0]!] }, { minFont: 1.5, maxFont: 5 })!.alternative).toBe(0);
    const short = fitLabel(14, 8, req, { minFont: 1.5, maxFont: 5 })!;
    expect(short.alternative).toBe(1);
    expect(short.lines[1]!.size).toBeGreaterThanOrEqual(1.5 * 1.6);
    // With room, the full name wins.
    expect(fitLabel(40, 20, req, { minFont: 1.5, maxFont: 5 })!.alternative).toBe(0);
  });

  it('keeps line pitch so lines do not overlap', () => {
    const f = fitLabel(30, 30, { number: '1', alternatives: [['华为', 'Huawei']] }, { minFont: 1, maxFont: 4 })!;
    for (let i = 1; i < f.lines.length; i++) {
      expect(f.lines[i]!.baseline - f.lines[i - 1]!.baseline).toBeGreaterThanOrEqual(f.lines[i]!.size * LINE_HEIGHT * 0.8);
    }
  });
});

describe('label boxes', () => {
  it('folds angles so text never reads upside down', () => {
    expect(readableAngle(0)).toBe(0);
    expect(readableAngle(180)).toBe(0);
    expect(readableAngle(200)).toBe(20);
    expect(readableAngle(90)).toBe(-90);
    expect(readableAngle(-100)).toBe(80);
  });

  it('offers a tall booth a quarter-turned box', () => {
    const boxes = labelBoxes({ type: 'rect', x: 0, y: 0, w: 2, h: 9, rotation: 0 });
    expect(boxes).toHaveLength(2);
    expect(boxes[1]).toMatchObject({ w: 9, h: 2, angle: -90 });
  });

  it('inscribes boxes inside an L-shaped booth', () => {
    const L: Point[] = [
      [0, 0],
      [12, 0],
      [12, 6],
      [6, 6],
      [6, 10],
      [0, 10],
    ];
    const boxes = labelBoxes({ type: 'polygon', points: L });
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      for (const c of rectCorners({ x: b.cx - b.w / 2, y: b.cy - b.h / 2, w: b.w, h: b.h, rotation: 0 })) {
        expect(pointInPolygon([c[0] + Math.sign(b.cx - c[0]) * 1e-6, c[1] + Math.sign(b.cy - c[1]) * 1e-6], L)).toBe(true);
      }
    }
  });
});

/** The label's corners in hall metres. */
function labelCorners(cx: number, cy: number, w: number, h: number, angle: number): Point[] {
  const a = (angle * Math.PI) / 180;
  return [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ].map(([x, y]) => [cx + x! * Math.cos(a) - y! * Math.sin(a), cy + x! * Math.sin(a) + y! * Math.cos(a)] as Point);
}

function shrink(poly: Point[], eps: number): Point[] {
  const cx = poly.reduce((s, p) => s + p[0], 0) / poly.length;
  const cy = poly.reduce((s, p) => s + p[1], 0) / poly.length;
  return poly.map(([x, y]) => [x + Math.sign(cx - x) * eps, y + Math.sign(cy - y) * eps] as Point);
}

describe('laid-out plan labels', () => {
  it('places every label block inside its own booth, rotated and L-shaped booths included (property)', () => {
    const shapeArb: fc.Arbitrary<AreaShape> = fc.oneof(
      fc.record({
        type: fc.constant('rect' as const),
        x: fc.double({ min: 0, max: 50, noNaN: true }),
        y: fc.double({ min: 0, max: 50, noNaN: true }),
        w: fc.double({ min: 0.5, max: 15, noNaN: true }),
        h: fc.double({ min: 0.5, max: 15, noNaN: true }),
        rotation: fc.double({ min: -360, max: 360, noNaN: true }),
      }),
      fc.constant({
        type: 'polygon' as const,
        points: [
          [0, 0],
          [12, 0],
          [12, 6],
          [6, 6],
          [6, 10],
          [0, 10],
        ] as Point[],
      }),
    );
    fc.assert(
      fc.property(shapeArb, fc.constantFrom(...NAMES), fc.double({ min: 0.5, max: 10, noNaN: true }), (shape, name, k) => {
        const hall: PlanHall = {
          outline: [
            [0, 0],
            [100, 0],
            [100, 100],
          ],
          booths: [{ id: 'b', shape, number: 'X-1', fill: '#fff', hatch: false, zoneColor: '#ff0000', labels: [{ alternatives: [[name, 'Second name']] }] }],
          facilities: [],
        };
        const layout = layoutPlan(hall, { k, ox: 0, oy: 0, minFont: 1.5, maxFont: 5, line: 0.2, iconMax: 8, labelPad: 0.5 });
        const placed = layout.labels.get('b')![0];
        if (!placed) return;
        // Block size in metres; its corners must lie in the booth.
        const w = placed.fitted.width / k;
        const h = placed.fitted.height / k;
        const poly = shape.type === 'rect' ? rectCorners(shape) : shape.points;
        const grown = shrink(poly, -1e-6);
        for (const c of labelCorners(placed.box.cx, placed.box.cy, w, h, placed.box.angle)) expect(pointInPolygon(c, grown)).toBe(true);
        expect(placed.fitted.width).toBeLessThanOrEqual(placed.box.w * k + 1e-6);
        expect(placed.fitted.height).toBeLessThanOrEqual(placed.box.h * k + 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});
