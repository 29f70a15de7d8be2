import { describe, expect, it } from 'vitest';
import { drawOptions, drawPick, drawQueue } from '../../../shared/allocation/space-draw';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { CTX, assign, exhibitor, grid, zone } from './fixture';

describe('the space draw', () => {
  it('calls exhibitors without a booth in priority order and offers only blocks that meet their rules', () => {
    const doc = grid(2, 3);
    zone(doc, { id: 'thai', countries: ['TH'] }, ['r0c0', 'r0c1']);
    exhibitor(doc, { id: 'placed', requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'low', priority: 1, country: 'CN', requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'pair', priority: 60, country: 'TH', requested: { areaSqm: null, booths: 2 } });
    assign(doc, 'r1c2', 'placed');
    expect(drawQueue(doc)).toEqual(['pair', 'low']);

    // The Chinese exhibitor is never offered the Thai pavilion's booths, nor a taken one.
    const forLow = drawOptions(doc, 'low').flatMap((o) => o.boothIds);
    expect(forLow.length).toBeGreaterThan(0);
    expect(forLow).not.toContain('r0c0');
    expect(forLow).not.toContain('r0c1');
    expect(forLow).not.toContain('r1c2');
    // Two booths side by side for the pair; each option says why.
    const forPair = drawOptions(doc, 'pair');
    expect(forPair.every((o) => o.boothIds.length === 2)).toBe(true);
    expect(forPair[0]!.reasons.length).toBeGreaterThan(0);

    // A pick is one operation; the next in line comes up; undo puts the pair back in the queue.
    const pick = drawPick(doc, 'pair', forPair[0]!.boothIds, CTX);
    expect(pick.ok).toBe(true);
    if (!pick.ok) return;
    const after = applyOperation(doc, pick.op);
    expect(drawQueue(after)).toEqual(['low']);
    expect(drawOptions(after, 'low').flatMap((o) => o.boothIds)).not.toContain(forPair[0]!.boothIds[0]);
    expect(drawQueue(applyOperation(after, invertOperation(pick.op)))).toEqual(['pair', 'low']);
  });
});
