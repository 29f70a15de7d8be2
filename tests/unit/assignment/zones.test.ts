import { describe, expect, it } from 'vitest';
import { createZone, deleteZone, editZone, paintBoothsZone } from '../../../shared/assignment';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { addExhibitor, apply, buildShow, refusals } from './support/show';

describe('zones', () => {
  it('creates, edits, paints and deletes a zone; deletion clears booths and preferences in one undoable step', () => {
    let doc = buildShow();
    const created = createZone(doc, { kind: 'pavilion', name: { zh: '越南馆', en: 'Vietnam Pavilion' }, color: '#cc3300', countries: ['VN'] }, 'z_vn');
    doc = apply(doc, created);
    expect(doc.zones.z_vn).toMatchObject({ kind: 'pavilion', countries: ['VN'], sectors: [] });
    doc = apply(doc, editZone(doc, 'z_vn', { color: '#aa0000' }));
    expect(doc.zones.z_vn!.color).toBe('#aa0000');
    doc = apply(doc, paintBoothsZone(doc, { boothIds: ['b1', 'b2'], zoneId: 'z_vn' }));
    expect([doc.booths.b1!.zoneId, doc.booths.b2!.zoneId, doc.booths.b3!.zoneId]).toEqual(['z_vn', 'z_vn', null]);
    addExhibitor(doc, { id: 'ex_vn', country: 'VN', preferredZones: ['z_vn'] });
    const del = deleteZone(doc, 'z_vn');
    const after = apply(doc, del);
    expect(after.zones.z_vn).toBeUndefined();
    expect(after.booths.b1!.zoneId).toBeNull();
    expect(after.exhibitors.ex_vn!.preferredZones).toEqual([]);
    if (!del.ok) throw new Error();
    expect(applyOperation(after, invertOperation(del.op))).toEqual(doc);
    doc = apply(doc, paintBoothsZone(doc, { boothIds: ['b1'], zoneId: null }));
    expect(doc.booths.b1!.zoneId).toBeNull();
  });

  it('refuses invalid zones and unknown ids', () => {
    const doc = buildShow();
    const bad = refusals(createZone(doc, { kind: 'theme', name: { zh: 'x', en: 'x' }, color: 'red', countries: ['vietnam'] }));
    expect(bad[0]!.code).toBe('invalid');
    expect(bad[0]!.problems!.join(' ')).toMatch(/color/);
    expect(refusals(editZone(doc, 'nope', {}))[0]!.code).toBe('unknown-zone');
    expect(refusals(paintBoothsZone(doc, { boothIds: ['b1'], zoneId: 'nope' }))[0]!.code).toBe('unknown-zone');
  });
});
