import type { Project } from '../../shared/model/project';
import { VECTOR_DRAWING_MIME } from '../../shared/drawing/compact';
import { vectorDrawing } from './vector-drawings';
import type { VectorPlacement } from './draw-vector';

export function isVectorAsset(mime: string): boolean {
  return mime === VECTOR_DRAWING_MIME;
}

/** Where a hall's own frame lies on the plan: origin and rotation (degrees clockwise, with its cosine and sine). */
export interface HallFrame {
  dx: number;
  dy: number;
  rotation: number;
  cos: number;
  sin: number;
}

/**
 * The vector drawings under the halls on the plan, loaded ones only (others start loading).
 * A drawing sits in its hall's frame: its top-left unit at the background's (x, y), turned by
 * the hall's rotation plus its own.
 */
export function vectorPlacements(doc: Project, handle: string, hallIds: Iterable<string>, frameOf: (hallId: string) => HallFrame | undefined): VectorPlacement[] {
  const out: VectorPlacement[] = [];
  for (const id of hallIds) {
    const bg = doc.halls[id]?.background;
    const asset = bg ? doc.assets[bg.assetId] : undefined;
    const f = frameOf(id);
    if (!bg || !asset || !f || !isVectorAsset(asset.mime)) continue;
    const loaded = vectorDrawing(handle, asset);
    if (!loaded) continue;
    out.push({
      assetId: asset.id,
      loaded,
      x0: f.dx + bg.x * f.cos - bg.y * f.sin,
      y0: f.dy + bg.x * f.sin + bg.y * f.cos,
      rotation: f.rotation + (bg.rotation ?? 0),
      mpp: bg.metresPerPixel,
      hidden: bg.hiddenLayers,
      opacity: bg.opacity,
    });
  }
  return out;
}

/** The site drawing when it is a vector one (a CAD master plan), in site metres; null otherwise or while it loads. */
export function siteVectorPlacement(doc: Project, handle: string): VectorPlacement | null {
  const bg = doc.settings.site.drawing;
  const asset = bg ? doc.assets[bg.assetId] : undefined;
  if (!bg || !asset || !isVectorAsset(asset.mime)) return null;
  const loaded = vectorDrawing(handle, asset);
  if (!loaded) return null;
  return { assetId: asset.id, loaded, x0: bg.x, y0: bg.y, rotation: bg.rotation ?? 0, mpp: bg.metresPerPixel, hidden: bg.hiddenLayers, opacity: bg.opacity };
}
