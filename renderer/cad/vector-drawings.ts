import RBush from 'rbush';
import type { Asset } from '../../shared/model/entities';
import { base64ToBytes } from '../../shared/drawing/base64';
import { decodePoints, parseVectorDrawing, type VectorDrawing } from '../../shared/drawing/compact';
import { api } from '../app/api/client';

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  i: number;
}

/** A stored drawing ready to draw: its points, where each path starts, and indexes of path and text extents. */
export interface LoadedDrawing {
  drawing: VectorDrawing;
  xy: Float32Array;
  /** Index of each path's first point (in points, not floats). */
  starts: Uint32Array;
  paths: RBush<Box>;
  texts: RBush<Box>;
  /** Every path's own extent, for level of detail. */
  boxes: Float32Array;
}

type Entry = { state: 'loading' } | { state: 'ready'; loaded: LoadedDrawing } | { state: 'failed'; detail: string };
const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();
let version = 0;

/** Bumped whenever a drawing finishes loading (cached bitmaps of the drawings are then stale). */
export function vectorDrawingsVersion(): number {
  return version;
}

export function onVectorDrawingLoaded(l: () => void): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

/** Builds the indexes once per drawing (a few ms for 100,000 segments). */
export function prepareDrawing(drawing: VectorDrawing): LoadedDrawing | null {
  const xy = decodePoints(drawing);
  if (!xy) return null;
  const n = drawing.paths.count.length;
  const starts = new Uint32Array(n);
  const boxes = new Float32Array(n * 4);
  const items: Box[] = new Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    const c = drawing.paths.count[i]!;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let j = 0; j < c; j++, k++) {
      const x = xy[2 * k]!;
      const y = xy[2 * k + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], i * 4);
    items[i] = { minX, minY, maxX, maxY, i };
  }
  const paths = new RBush<Box>();
  paths.load(items);
  const texts = new RBush<Box>();
  texts.load(
    drawing.texts.map((t, i) => {
      // A generous box: the anchor may be any corner, and the text may be turned.
      const r = t.h * Math.max(1, t.s.length);
      return { minX: t.x - r, minY: t.y - r, maxX: t.x + r, maxY: t.y + r, i };
    }),
  );
  return { drawing, xy, starts, paths, texts, boxes };
}

function ready(assetId: string, drawing: VectorDrawing): void {
  const loaded = prepareDrawing(drawing);
  cache.set(assetId, loaded ? { state: 'ready', loaded } : { state: 'failed', detail: 'points' });
  version++;
  for (const l of listeners) l();
}

/** Keeps a just-imported drawing so it shows at once, without reading it back from the host. */
export function primeVectorDrawing(assetId: string, drawing: VectorDrawing): void {
  ready(assetId, drawing);
}

/** The drawing ready to draw, or null while it loads (read from the host on first use). */
export function vectorDrawing(handle: string, asset: Asset): LoadedDrawing | null {
  const e = cache.get(asset.id);
  if (e) return e.state === 'ready' ? e.loaded : null;
  cache.set(asset.id, { state: 'loading' });
  void api()
    .readAsset({ handle, assetId: asset.id, fileName: asset.fileName })
    .then(
      (r) => {
        if (!r.ok) return void cache.set(asset.id, { state: 'failed', detail: r.error.code });
        const bytes = base64ToBytes(r.value.dataBase64);
        const parsed = bytes ? parseVectorDrawing(new TextDecoder().decode(bytes)) : null;
        if (!parsed || !parsed.ok) return void cache.set(asset.id, { state: 'failed', detail: parsed?.detail ?? 'base64' });
        ready(asset.id, parsed.drawing);
      },
      () => cache.set(asset.id, { state: 'failed', detail: 'io' }),
    );
  return null;
}

/** The drawing if it is already loaded (dialogs list its layers). */
export function loadedVectorDrawing(assetId: string): LoadedDrawing | null {
  const e = cache.get(assetId);
  return e?.state === 'ready' ? e.loaded : null;
}
