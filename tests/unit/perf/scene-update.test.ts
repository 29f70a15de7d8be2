import { describe, expect, it } from 'vitest';
import { buildScene, updateScene, type SceneBooth } from '../../../renderer/editor/canvas/scene';
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

  describe('a scene of one level (a show on several levels)', () => {
    // Hall 3 upstairs: the scene of level 1 holds halls 1 and 2 only.
    const hall3 = Object.values(doc.halls).sort((a, b) => a.order - b.order)[2]!;
    const two = { ...doc, halls: { ...doc.halls, [hall3.id]: { ...hall3, level: 2 } } };
    const level = Object.values(doc.halls).sort((a, b) => a.order - b.order)[0]!.level;
    const exhibitorId = Object.keys(doc.exhibitors)[0]!;
    const freeIn = (upstairs: boolean) => Object.values(two.booths).find((b) => b.status === 'available' && (b.hallId === hall3.id) === upstairs)!;

    it('holds exactly the booths of its halls, placed and drawn in order as in the scene of all levels', () => {
      const scene = buildScene(two, level);
      const all = buildScene(two);
      const held = new Set(Object.values(two.halls).filter((h) => h.level === level).map((h) => h.id));
      const strip = ({ order: _order, ...b }: SceneBooth) => b;
      expect(scene.booths.map(strip)).toEqual(all.booths.filter((b) => held.has(b.hallId)).map(strip));
      expect(scene.booths.map((b) => b.order)).toEqual(scene.booths.map((_, i) => i));
      expect(scene.booths.length).toBeGreaterThan(0);
      for (const id of held) expect(scene.layout.byId.get(id)).toEqual(all.layout.byId.get(id));
      expect(scene.index.search(all.layout.byId.get(hall3.id)!.bounds).every((b) => held.has(b.hallId))).toBe(true);
    });

    it('patches an assignment on its level instead of rebuilding', () => {
      const scene = buildScene(two, level);
      expect(scene.sources.size).toBeLessThan(Object.keys(two.booths).length);
      const booth = freeIn(false);
      const r = assignBooths(two, { exhibitorId, boothIds: [booth.id] }, ctx);
      if (!r.ok) throw new Error('refused');
      const next = applyOperation(two, r.op);
      const { scene: updated, dirty } = updateScene(scene, two, next);
      expect(updated).toBe(scene);
      expect(dirty).toEqual([scene.boothsById.get(booth.id)!.bbox]);
      expect(updated.booths.map((b) => ({ ...b }))).toEqual(buildScene(next, level).booths.map((b) => ({ ...b })));
    });

    it('leaves the scene as it is for an edit on another level', () => {
      const scene = buildScene(two, level);
      const booth = freeIn(true);
      const r = assignBooths(two, { exhibitorId, boothIds: [booth.id] }, ctx);
      if (!r.ok) throw new Error('refused');
      const { scene: updated, dirty } = updateScene(scene, two, applyOperation(two, r.op));
      expect(updated).toBe(scene);
      expect(dirty).toEqual([]);
      expect(updated.boothsById.has(booth.id)).toBe(false);
    });

    it('rebuilds when a booth of its level is removed or one leaves for another level', () => {
      const scene = buildScene(two, level);
      const gone = freeIn(false);
      const removed = updateScene(scene, two, applyOperation(two, operation(two, 'remove').remove('booths', gone.id).build()));
      expect(removed.dirty).toBeNull();
      expect(removed.scene.boothsById.has(gone.id)).toBe(false);
      const fresh = buildScene(two, level);
      const moved = updateScene(fresh, two, applyOperation(two, operation(two, 'move').update('booths', gone.id, { hallId: hall3.id }).build()));
      expect(moved.dirty).toBeNull();
      expect(moved.scene.boothsById.has(gone.id)).toBe(false);
    });
  });
});
