import { describe, expect, it } from 'vitest';
import type { Booth, Facility } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { checkLayout, exitClearZones } from '../../../shared/editing/checks';
import { addBoothBlock, planBoothBlock } from '../../../shared/editing/block';
import { moveItems } from '../../../shared/editing/move';
import { deriveOpenSides } from '../../../shared/editing/derive';
import { newBooth } from '../../../shared/editing/factory';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { isRefusal } from '../../../shared/editing/result';
import { emptyShow, rect, rectHall, withBooths, withFacility } from './helpers';

const facility = (id: string, kind: Facility['kind'], x: number, y: number, w: number, h: number): Facility => ({
  id,
  hallId: 'h1',
  kind,
  shape: { type: 'rect', x, y, w, h, rotation: 0 },
  label: { zh: '', en: '' },
});

const codes = (doc: Project, minAisle = 3) => checkLayout(doc, { minAisle }).map((p) => p.code);

describe('layout checks', () => {
  it('passes a clean layout: touching booths, 3 m aisles, columns in aisles, exits clear', () => {
    let doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(13, 10, 3, 3) },
      { id: 'c', shape: rect(10, 16, 3, 3) },
      { id: 'd', shape: rect(13, 16, 3, 3) },
      { id: 'wall', shape: rect(0, 30, 3, 3) },
    ]);
    doc = withFacility(doc, facility('col', 'column', 16.5, 13.5, 0.6, 0.6));
    doc = withFacility(doc, facility('exit', 'exit', -0.15, 40, 0.3, 2));
    expect(checkLayout(doc)).toEqual([]);
  });

  it('finds overlapping booths, and zooms to where they meet', () => {
    const doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(12, 10, 3, 3) },
    ]);
    const [p, ...rest] = checkLayout(doc);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'overlap', hallId: 'h1', boothIds: ['a', 'b'], at: [12.5, 11.5], bbox: { minX: 12, minY: 10, maxX: 13, maxY: 13 } });
  });

  it('finds booths outside the hall', () => {
    const doc = withBooths(emptyShow(), [{ id: 'a', shape: rect(198, 10, 3, 3) }]);
    expect(checkLayout(doc)).toMatchObject([{ code: 'outside-hall', boothIds: ['a'] }]);
  });

  it('finds booths over columns, not booths beside them', () => {
    let doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(20, 10, 3, 3) },
    ]);
    doc = withFacility(doc, facility('col1', 'column', 12, 12, 0.5, 0.5));
    doc = withFacility(doc, facility('col2', 'column', 23, 10, 0.5, 0.5));
    expect(checkLayout(doc)).toMatchObject([{ code: 'over-column', boothIds: ['a'], facilityIds: ['col1'], at: [12.25, 12.25] }]);
  });

  it('finds duplicate numbers across the show, ignoring case and spaces', () => {
    let doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3), number: 'A1-101' },
      { id: 'b', shape: rect(40, 10, 3, 3), number: 'a1-101 ' },
    ]);
    doc = { ...doc, halls: { ...doc.halls, h2: { ...rectHall('h2', 50, 50, 'A2', 1), placement: { x: 0, y: 150, rotation: 0 } } } };
    doc = withBooths(doc, [{ id: 'c', shape: rect(10, 10, 3, 3), number: 'A1-101', hallId: 'h2' }]);
    const probs = checkLayout(doc);
    expect(probs).toHaveLength(1);
    expect(probs[0]).toMatchObject({ code: 'duplicate-number', hallId: 'h1', detail: { number: 'A1-101', count: 3 } });
    expect(probs[0]!.boothIds.sort()).toEqual(['a', 'b', 'c']);
    // Checking only hall h2 still sees its twin in h1.
    expect(checkLayout(doc, { hallIds: ['h2'] }).map((p) => p.code)).toEqual(['duplicate-number']);
  });

  it('finds aisles narrower than the minimum between facing booths only', () => {
    const rows = (gap: number) =>
      withBooths(emptyShow(), [
        { id: 'a', shape: rect(10, 10, 3, 3) },
        { id: 'b', shape: rect(10, 13 + gap, 3, 3) },
      ]);
    const narrow = checkLayout(rows(2.4));
    expect(narrow).toMatchObject([{ code: 'narrow-aisle', boothIds: ['a', 'b'], detail: { gap: 2.4, minAisle: 3 }, at: [11.5, 14.2] }]);
    expect(codes(rows(3))).toEqual([]);
    expect(codes(rows(0))).toEqual([]);
    expect(codes(rows(0.01))).toEqual([]); // a hairline is touching, not an aisle
    expect(codes(rows(3.5), 4)).toEqual(['narrow-aisle']);
    // Diagonal neighbours do not face each other.
    const diagonal = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(13.5, 14, 3, 3) },
    ]);
    expect(codes(diagonal)).toEqual([]);
    // Booths two apart in a row, with a booth between them, are not an aisle.
    const inRow = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 2, 3) },
      { id: 'm', shape: rect(12, 10, 2, 3) },
      { id: 'b', shape: rect(14, 10, 2, 3) },
    ]);
    expect(codes(inRow)).toEqual([]);
  });

  it('gives one narrow-aisle finding per misplaced booth, listing each neighbour and its gap', () => {
    // Booth c sits in the crossing of two aisles: too close to the booths on all four sides.
    const doc = withBooths(emptyShow(), [
      { id: 'left', shape: rect(5.5, 10, 3, 3), number: 'L' },
      { id: 'up', shape: rect(10, 5.5, 3, 3), number: 'U' },
      { id: 'c', shape: rect(10, 10, 3, 3), number: 'C' },
      { id: 'right', shape: rect(15, 10, 3, 3), number: 'R' },
      { id: 'down', shape: rect(10, 15.2, 3, 3), number: 'D' },
    ]);
    const found = checkLayout(doc);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p).toMatchObject({ code: 'narrow-aisle', detail: { number: 'C', count: 4, gap: 1.5, minAisle: 3 } });
    expect(p!.boothIds[0]).toBe('c');
    expect(p!.aisles).toEqual([
      { boothId: 'left', number: 'L', gap: 1.5 },
      { boothId: 'up', number: 'U', gap: 1.5 },
      { boothId: 'right', number: 'R', gap: 2 },
      { boothId: 'down', number: 'D', gap: 2.2 },
    ]);
    expect([...p!.boothIds].sort()).toEqual(['c', 'down', 'left', 'right', 'up']);
    // The frame covers all four gangways.
    expect(p!.bbox).toMatchObject({ minX: 8.5, minY: 8.5, maxX: 15, maxY: 15.2 });
    // Two booths too close to each other are still one finding.
    const two = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(10, 15, 3, 3) },
    ]);
    expect(checkLayout(two)).toMatchObject([{ code: 'narrow-aisle', boothIds: ['a', 'b'], aisles: [{ boothId: 'b', gap: 2 }] }]);
  });

  it('finds booths in the clear zone in front of exits, not beside them', () => {
    const exit = facility('ex', 'exit', -0.15, 40, 0.3, 2);
    const zones = exitClearZones(exit, emptyShow().halls.h1!.outline, 2);
    expect(zones).toHaveLength(1);
    const blocked = withFacility(withBooths(emptyShow(), [{ id: 'a', shape: rect(1.5, 39, 3, 3) }]), exit);
    expect(checkLayout(blocked)).toMatchObject([{ code: 'exit-blocked', boothIds: ['a'], facilityIds: ['ex'] }]);
    const clear = withFacility(withBooths(emptyShow(), [{ id: 'a', shape: rect(2.2, 39, 3, 3) }, { id: 'b', shape: rect(0, 42, 3, 3) }]), exit);
    expect(checkLayout(clear)).toEqual([]);
    const entrance = withFacility(withBooths(emptyShow(), [{ id: 'a', shape: rect(50, 0.5, 3, 3) }]), { ...facility('en', 'entrance', 49, -0.2, 4, 0.4) });
    expect(checkLayout(entrance)).toMatchObject([{ code: 'exit-blocked', boothIds: ['a'] }]);
  });
});

/** 15 halls × 500 booths: 10 double rows of 25 (3 × 3 m) per hall, aisles 3.5 m, columns and exits. */
function bigShow(): Project {
  let doc = emptyShow();
  const halls: Project['halls'] = {};
  const booths: Record<string, Booth> = {};
  const facilities: Record<string, Facility> = {};
  for (let h = 0; h < 15; h++) {
    const hallId = `h${h + 1}`;
    const code = `H${h + 1}`;
    // Side by side on the site, as a real venue (halls on top of each other are a finding of their own).
    halls[hallId] = { ...rectHall(hallId, 90, 110, code, h), placement: { x: h * 100, y: 0, rotation: 0 } };
    for (let blk = 0; blk < 10; blk++) {
      const plan = planBoothBlock({
        hallId,
        origin: [6, 6 + blk * 9.5],
        rows: 2,
        cols: 25,
        boothW: 3,
        boothD: 3,
        backToBack: true,
        aisle: 3.5,
        rotation: 0,
        kind: 'standard',
        numbering: { ...DEFAULT_NUMBERING, prefix: `${code}-${blk + 1}`, first: 1, pad: 2 },
      });
      if (isRefusal(plan)) throw new Error(plan.reason);
      for (const p of plan.booths) {
        const b = newBooth({ hallId, number: p.number, shape: p.shape });
        booths[b.id] = b;
      }
      const col: Facility = { ...facility(`c${h}_${blk}`, 'column', 40, 12 + blk * 9.5 + 1.5, 0.5, 0.5), hallId };
      facilities[col.id] = col;
    }
    facilities[`x${h}`] = { ...facility(`x${h}`, 'exit', -0.15, 104, 0.3, 2), hallId };
  }
  doc = { ...doc, halls, booths, facilities };
  return doc;
}

describe('layout check at show scale', () => {
  it('checks 7,500 booths quickly and finds exactly the problems planted', () => {
    const doc = bigShow();
    expect(Object.keys(doc.booths)).toHaveLength(7500);
    let t = performance.now();
    const derived = deriveOpenSides(doc);
    const deriveMs = performance.now() - t;
    expect(derived.size).toBe(7500);
    t = performance.now();
    const clean = checkLayout(doc);
    const checkMs = performance.now() - t;
    t = performance.now();
    checkLayout(doc);
    const warmMs = performance.now() - t;
    // Single edits on a full show: the editor runs these on every drag end and keystroke.
    const one = Object.values(doc.booths).find((b) => b.hallId === 'h3')!;
    t = performance.now();
    const moved = moveItems(doc, { boothIds: [one.id] }, 0, -0.5);
    const moveMs = performance.now() - t;
    const block = planBoothBlock({ hallId: 'h3', origin: [6, 100], rows: 1, cols: 20, boothW: 3, boothD: 3, backToBack: false, aisle: 3, rotation: 0, kind: 'standard', numbering: { ...DEFAULT_NUMBERING, prefix: 'NEW-' } });
    if (isRefusal(block)) throw new Error(block.reason);
    t = performance.now();
    const added = addBoothBlock(doc, block);
    const blockMs = performance.now() - t;
    console.log(
      `7,500 booths: deriveOpenSides ${deriveMs.toFixed(0)} ms, checkLayout ${checkMs.toFixed(0)} ms (again: ${warmMs.toFixed(0)} ms), ` +
        `move one booth ${moveMs.toFixed(0)} ms, add a 20-booth block ${blockMs.toFixed(0)} ms`,
    );
    expect(isRefusal(moved) || isRefusal(added)).toBe(false);
    expect(clean).toEqual([]);
    // Plant one of each problem in hall h7.
    const inH7 = Object.values(doc.booths).filter((b) => b.hallId === 'h7');
    const [b0, b1] = [inH7[0]!, inH7[60]!];
    const planted: Project = {
      ...doc,
      booths: {
        ...doc.booths,
        [b0.id]: { ...b0, shape: rect(7.5, 6, 3, 3) }, // onto its neighbour
        [b1.id]: { ...b1, number: inH7[61]!.number },
        blocker: newBooth({ id: 'blocker', hallId: 'h7', number: 'H7-X1', shape: rect(1, 102, 3, 3) }), // in front of the exit
        out: newBooth({ id: 'out', hallId: 'h7', number: 'H7-X2', shape: rect(88, 60, 3, 3) }),
        pillar: newBooth({ id: 'pillar', hallId: 'h7', number: 'H7-X3', shape: rect(39.5, 13, 2, 2) }), // over a column, mid-aisle
        close: newBooth({ id: 'close', hallId: 'h7', number: 'H7-X4', shape: rect(83, 6, 3, 3) }), // 2 m from the row's end
      },
    };
    t = performance.now();
    const found = checkLayout(planted);
    console.log(`7,500 booths with planted problems: checkLayout ${(performance.now() - t).toFixed(0)} ms`);
    const summary = found.map((p) => `${p.code}:${p.boothIds.map((id) => planted.booths[id]!.number).sort().join('+')}`).sort();
    expect(summary).toEqual(
      [
        `overlap:${[b0.number, inH7[1]!.number].sort().join('+')}`,
        `duplicate-number:${inH7[61]!.number}+${inH7[61]!.number}`,
        'exit-blocked:H7-X1',
        'outside-hall:H7-X2',
        'over-column:H7-X3',
        `narrow-aisle:${['H7-X3', inH7[25 + 11]!.number, inH7[50 + 11]!.number].sort().join('+')}`,
        `narrow-aisle:${['H7-X4', inH7[24]!.number].sort().join('+')}`,
      ].sort(),
    );
    expect(found.every((p) => p.hallId === 'h7')).toBe(true);
  });
});
