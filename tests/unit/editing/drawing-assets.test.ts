import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { checkProject } from '../../../shared/model/rules';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { clearBackground, clearSiteDrawing } from '../../../shared/editing/background';
import { assetFreedBy, placeNewDrawing, removeDrawing } from '../../../shared/editing/drawing-assets';
import { applyChecked, emptyShow, expectOp, expectRefusal, rectHall } from './helpers';

const png = (id: string): Asset => ({ id, fileName: `${id}.png`, mime: 'image/png', widthPx: 400, heightPx: 200 });
const twoHalls = (): Project => ({ ...emptyShow(), halls: { h1: rectHall('h1', 200, 100), h2: { ...rectHall('h2', 100, 60, 'B1', 1), placement: { x: 0, y: 150, rotation: 0 } } } });

describe('replacing a venue drawing', () => {
  it('drops the replaced asset record in the same operation, and one undo brings it back', () => {
    const doc = applyChecked(twoHalls(), placeNewDrawing(twoHalls(), 'h1', png('a_old')));
    expect(Object.keys(doc.assets)).toEqual(['a_old']);
    const op = expectOp(placeNewDrawing(doc, 'h1', png('a_new')));
    const next = applyChecked(doc, op);
    expect(next.halls.h1!.background!.assetId).toBe('a_new');
    expect(Object.keys(next.assets)).toEqual(['a_new']);
    expect(checkProject(next).ok).toBe(true);
    const undone = applyOperation(next, invertOperation(op));
    expect(undone.halls.h1!.background!.assetId).toBe('a_old');
    expect(undone.assets.a_old).toEqual(png('a_old'));
    expect(undone.assets.a_new).toBeUndefined();
  });

  it('keeps an asset another drawing still uses', () => {
    let doc = twoHalls();
    doc = applyChecked(doc, placeNewDrawing(doc, 'h1', png('a_shared')));
    // The same stored drawing under the second hall too (e.g. a copy of a hall).
    doc = { ...doc, halls: { ...doc.halls, h2: { ...doc.halls.h2!, background: { ...doc.halls.h1!.background! } } } };
    expect(assetFreedBy(doc, 'h1')).toBeNull();
    const next = applyChecked(doc, placeNewDrawing(doc, 'h1', png('a_new')));
    expect(Object.keys(next.assets).sort()).toEqual(['a_new', 'a_shared']);
  });

  it('replaces the site drawing the same way, and removing a drawing drops its unused asset', () => {
    let doc = twoHalls();
    doc = applyChecked(doc, placeNewDrawing(doc, null, png('a_site1')));
    doc = applyChecked(doc, placeNewDrawing(doc, null, png('a_site2')));
    expect(doc.settings.site.drawing!.assetId).toBe('a_site2');
    expect(Object.keys(doc.assets)).toEqual(['a_site2']);
    doc = applyChecked(doc, removeDrawing(doc, null, clearSiteDrawing(doc)));
    expect(doc.settings.site.drawing).toBeNull();
    expect(doc.assets).toEqual({});
    doc = applyChecked(doc, placeNewDrawing(doc, 'h2', png('a_hall')));
    doc = applyChecked(doc, removeDrawing(doc, 'h2', clearBackground(doc, 'h2')));
    expect(doc.assets).toEqual({});
  });

  it('refuses a hall that is not there', () => {
    expectRefusal(placeNewDrawing(twoHalls(), 'nope', png('a_x')), 'hall-not-found');
  });
});
