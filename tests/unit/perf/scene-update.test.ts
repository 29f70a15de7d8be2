import { describe, expect, it } from 'vitest';
import { buildScene, updateScene } from '../../../renderer/editor/canvas/scene';
import { generateShow } from '../../../shared/sample/generate';
import { assignBooths } from '../../../shared/assignment/commands';
import { applyOperation } from '../../../shared/ops/operation';
import { operation } from '../../../shared/ops/build';

const doc = generateShow({ halls: 3, booths: 300, exhibitors: 120, seed: 7 });
const ctx = { by: 'test', at: '2027-01-01T00:00:00.000Z' };

describe('updateScene', () => {
  it('patches only the assigned booth and matches a rebuild', () => {
    const scene = buildScene(doc);
    const booth = Object.values(doc.booths).find((b) => b.status === 'available')!;
    const r = assignBooths(doc, { exhibitorId: Object.keys(doc.exhibitors)[0]!, boothIds: [booth.id] }, ctx);
    if (!r.ok) throw new Error('refused');
    const next = applyOperation(doc, r.op);
    const before = scene.booths.map((b) => ({ ...b }));
    const { scene: updated, dirty } = updateScene(scene, doc, next);
    expect(updated).toBe(scene);
    expect(dirty).toHaveLength(1);
    expect(dirty![0]).toEqual(scene.boothsById.get(booth.id)!.bbox);
    const fresh = buildScene(next);
    expect(updated.booths.map((b) => ({ ...b }))).toEqual(fresh.booths.map((b) => ({ ...b })));
    expect(updated.booths.filter((b, i) => JSON.stringify(b) !== JSON.stringify(before[i])).map((b) => b.id)).toEqual([booth.id]);
  });

  it('moves a booth in place and re-files it for hit-testing', () => {
    const scene = buildScene(doc);
    const booth = Object.values(doc.booths).find((b) => b.shape.type === 'rect')!;
    if (booth.shape.type !== 'rect') throw new Error('no rect booth');
    const old = scene.boothsById.get(booth.id)!.bbox;
    const op = operation(doc, 'move').update('booths', booth.id, { shape: { ...booth.shape, x: booth.shape.x + 0.5 } }).build();
    const next = applyOperation(doc, op);
    const { scene: updated, dirty } = updateScene(scene, doc, next);
    expect(updated).toBe(scene);
    expect(dirty).toContainEqual(old);
    const sb = updated.boothsById.get(booth.id)!;
    expect(sb.bbox.minX).toBeCloseTo(old.minX + 0.5);
    expect(updated.index.hitTest(sb.bbox.maxX - 0.05, (sb.bbox.minY + sb.bbox.maxY) / 2)?.id).toBe(booth.id);
    expect(updated.booths.map((b) => b.bbox)).toEqual(buildScene(next).booths.map((b) => b.bbox));
  });

  it('rebuilds when booths are added or removed', () => {
    const scene = buildScene(doc);
    const id = Object.keys(doc.booths)[0]!;
    const next = applyOperation(doc, operation(doc, 'remove').remove('booths', id).build());
    const { scene: updated, dirty } = updateScene(scene, doc, next);
    expect(dirty).toBeNull();
    expect(updated).not.toBe(scene);
    expect(updated.boothsById.has(id)).toBe(false);
  });
});
