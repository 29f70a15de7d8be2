import type { Asset } from '../model/entities';
import type { Project } from '../model/project';
import type { Operation } from '../ops/operation';
import { operation } from '../ops/build';
import { setBackground, setSiteDrawing, type DrawingTarget, type SetBackgroundInput } from './background';
import { isRefusal, refuse, type EditResult } from './result';

/** How many drawings of the show use each asset (hall drawings and the site drawing). */
export function assetUses(doc: Project): Map<string, number> {
  const uses = new Map<string, number>();
  const count = (id: string | undefined) => id !== undefined && uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const h of Object.values(doc.halls)) count(h.background?.assetId);
  count(doc.settings.site.drawing?.assetId);
  return uses;
}

/** The drawing a target has now (a hall's or the site's), or null. */
export function currentDrawing(doc: Project, target: DrawingTarget): { assetId: string } | null {
  return target === null ? doc.settings.site.drawing : (doc.halls[target]?.background ?? null);
}

/**
 * The asset record a target's drawing would leave unused if that drawing went: its asset when no
 * other drawing shares it. Its record goes in the same operation (undo brings it back), and the
 * file beside the show goes once no saved version uses it (`electron/services/asset-sweep.ts`).
 */
export function assetFreedBy(doc: Project, target: DrawingTarget): string | null {
  const id = currentDrawing(doc, target)?.assetId;
  if (!id || !doc.assets[id]) return null;
  return (assetUses(doc).get(id) ?? 0) <= 1 ? id : null;
}

/** Appends the removal of the asset record a target's drawing frees to an operation of that target. */
function dropFreedAsset(doc: Project, target: DrawingTarget, op: Operation): Operation {
  const freed = assetFreedBy(doc, target);
  if (!freed) return op;
  const gone = operation(doc, op.label).remove('assets', freed).build();
  return { ...op, changes: [...op.changes, ...gone.changes] };
}

export interface PlaceDrawingInput extends Omit<SetBackgroundInput, 'assetId'> {
  /** Hall drawings only: the opacity applies to both. */
  opacity?: number;
}

/**
 * One operation (one undo): a newly stored drawing's asset record, the drawing placed under a
 * hall (or, with `target` null, under the whole site), and — when it replaces a drawing whose
 * asset nothing else uses — that asset's record taken out.
 */
export function placeNewDrawing(doc: Project, target: DrawingTarget, asset: Asset, input: PlaceDrawingInput = {}): EditResult {
  if (target !== null && !doc.halls[target]) return refuse('hall-not-found');
  const withAsset = operation(doc, 'ops.setBackground').put('assets', asset).build();
  const next: Project = { ...doc, assets: { ...doc.assets, [asset.id]: asset } };
  const placed =
    target === null
      ? setSiteDrawing(next, { assetId: asset.id, opacity: input.opacity ?? 0.5, ...(input.metresPerPixel !== undefined ? { metresPerPixel: input.metresPerPixel } : {}), ...(input.hiddenLayers ? { hiddenLayers: input.hiddenLayers } : {}) })
      : setBackground(next, target, { opacity: 0.5, locked: false, ...input, assetId: asset.id });
  if (isRefusal(placed)) return placed;
  const op: Operation = { ...placed, changes: [...withAsset.changes, ...placed.changes] };
  return currentDrawing(doc, target)?.assetId === asset.id ? op : dropFreedAsset(doc, target, op);
}

/** Takes a drawing away in one operation, with its asset record when nothing else uses it. */
export function removeDrawing(doc: Project, target: DrawingTarget, cleared: EditResult): EditResult {
  return isRefusal(cleared) ? cleared : dropFreedAsset(doc, target, cleared);
}
