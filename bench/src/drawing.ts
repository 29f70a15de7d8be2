import type { Project } from '../../shared/model/project';
import type { Asset } from '../../shared/model/entities';
import { parseVectorDrawing, VECTOR_DRAWING_MIME } from '../../shared/drawing/compact';
import { METRES_PER_UNIT } from '../../shared/drawing/units';
import { prepareDrawing, primeVectorDrawing } from '../../renderer/cad/vector-drawings';
import { drawVector } from '../../renderer/cad/draw-vector';
import { onDrawingLoaded, primeDrawing } from '../../renderer/editor/tools/drawing-images';

export type DrawingKind = 'none' | 'vector' | 'raster';

/** The venue drawing the bench puts under a hall: the stored drawing's address and where it lies (hall metres). */
export interface HallDrawingSpec {
  url: string;
  hallId: string;
  x: number;
  y: number;
}

/** A raster venue drawing as venues export them: this many pixels per metre, white, dark lines. */
const RASTER_PX_PER_M = 40;
const RASTER_MAX_PX = 8192;

let seq = 0;

/**
 * The show with a venue drawing under `spec.hallId`: the vector drawing itself (parsed and
 * checked as the app reads `<id>.drawing.json`), or the same drawing rendered to a PNG as a
 * raster background; either way primed in the app's drawing caches (no host to read it from).
 * 'none' returns the show as it is.
 */
export async function withHallDrawing(doc: Project, kind: DrawingKind, spec: HallDrawingSpec): Promise<Project> {
  if (kind === 'none') return doc;
  const hall = doc.halls[spec.hallId];
  if (!hall) throw new Error(`bench drawing: no hall ${spec.hallId}`);
  const parsed = parseVectorDrawing(await (await fetch(spec.url)).text());
  if (!parsed.ok) throw new Error(`bench drawing: ${parsed.detail}`);
  const d = parsed.drawing;
  const mpu = METRES_PER_UNIT[d.units];
  const id = `asset_bench${kind}${++seq}`;
  let asset: Asset;
  let mpp: number;
  if (kind === 'vector') {
    primeVectorDrawing(id, d);
    asset = { id, fileName: `${id}.drawing.json`, mime: VECTOR_DRAWING_MIME, widthPx: Math.max(1, Math.ceil(d.width)), heightPx: Math.max(1, Math.ceil(d.height)) };
    mpp = mpu;
  } else {
    const loaded = prepareDrawing(d);
    if (!loaded) throw new Error('bench drawing: points');
    const wM = d.width * mpu;
    const hM = d.height * mpu;
    const ppm = Math.min(RASTER_PX_PER_M, RASTER_MAX_PX / Math.max(wM, hM));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(wM * ppm));
    canvas.height = Math.max(1, Math.ceil(hM * ppm));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    drawVector(ctx, { assetId: id, loaded, x0: 0, y0: 0, rotation: 0, mpp: mpu, hidden: [], opacity: 1 }, { scale: ppm, x: 0, y: 0 }, { minX: 0, minY: 0, maxX: wM, maxY: hM });
    const blob = await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('toBlob'))), 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const decoded = new Promise<void>((done) => {
      const off = onDrawingLoaded(() => {
        off();
        done();
      });
    });
    primeDrawing(id, 'image/png', btoa(bin));
    await decoded;
    asset = { id, fileName: `${id}.png`, mime: 'image/png', widthPx: canvas.width, heightPx: canvas.height };
    mpp = 1 / ppm;
  }
  const background = { assetId: id, x: spec.x, y: spec.y, metresPerPixel: mpp, rotation: 0, calibration: null, opacity: 0.5, locked: true, hiddenLayers: [] };
  return { ...doc, assets: { ...doc.assets, [id]: asset }, halls: { ...doc.halls, [spec.hallId]: { ...hall, background } } };
}
