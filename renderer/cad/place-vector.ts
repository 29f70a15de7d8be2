import type { Asset } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';
import { placeNewDrawing } from '../../shared/editing/drawing-assets';
import type { DrawingTarget } from '../../shared/editing/background';
import type { EditResult } from '../../shared/editing/result';
import { METRES_PER_UNIT, type DrawingUnit } from '../../shared/drawing/units';

/**
 * One operation (one undo): the stored drawing's asset record and the drawing under the hall
 * (at the hall's top-left corner) or, with `target` null, under the whole site (at the halls'
 * top-left, to be lined up by two pairs of points), one drawing unit = its size in metres, with
 * the layers the user switched off; a replaced drawing's asset record goes when nothing else
 * uses it.
 */
export function placeVectorDrawing(doc: Project, target: DrawingTarget, asset: Asset, units: DrawingUnit, hiddenLayers: string[]): EditResult {
  return placeNewDrawing(doc, target, asset, { metresPerPixel: METRES_PER_UNIT[units], opacity: 0.6, locked: false, hiddenLayers });
}
