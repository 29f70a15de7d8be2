import type { Asset } from '../../shared/model/entities';
import type { Operation } from '../../shared/ops/operation';
import type { Project } from '../../shared/model/project';
import { operation } from '../../shared/ops/build';
import { setBackground } from '../../shared/editing/background';
import { isRefusal, type EditResult } from '../../shared/editing/result';
import { METRES_PER_UNIT, type DrawingUnit } from '../../shared/drawing/units';

/**
 * One operation (one undo): the stored drawing's asset record and the drawing under the hall,
 * at the hall's top-left corner, one drawing unit = its size in metres, with the layers the
 * user switched off.
 */
export function placeVectorDrawing(doc: Project, hallId: string, asset: Asset, units: DrawingUnit, hiddenLayers: string[]): EditResult {
  const withAsset = operation(doc, 'ops.setBackground').put('assets', asset).build();
  const next: Project = { ...doc, assets: { ...doc.assets, [asset.id]: asset } };
  const bg = setBackground(next, hallId, { assetId: asset.id, metresPerPixel: METRES_PER_UNIT[units], opacity: 0.6, locked: false, hiddenLayers });
  if (isRefusal(bg)) return bg;
  const op: Operation = { ...bg, changes: [...withAsset.changes, ...bg.changes] };
  return op;
}
