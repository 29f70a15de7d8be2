import type { Asset } from '../../../shared/model/entities';
import { api } from '../../app/api/client';

type Entry = { state: 'loading' } | { state: 'ready'; image: HTMLImageElement } | { state: 'failed' };

const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();

/** Called when a drawing has finished loading (the canvas redraws). */
export function onDrawingLoaded(l: () => void): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

/** Keeps a just-imported drawing's bytes so it shows at once, before the show is saved. */
export function primeDrawing(assetId: string, mime: Asset['mime'], dataBase64: string): void {
  load(assetId, `data:${mime};base64,${dataBase64}`);
}

function load(assetId: string, src: string): void {
  const image = new Image();
  cache.set(assetId, { state: 'loading' });
  image.onload = () => {
    cache.set(assetId, { state: 'ready', image });
    for (const l of listeners) l();
  };
  image.onerror = () => cache.set(assetId, { state: 'failed' });
  image.src = src;
}

/** The decoded drawing, or null while it loads (it is fetched from the host on first use). */
export function drawingImage(handle: string, asset: Asset): HTMLImageElement | null {
  const e = cache.get(asset.id);
  if (e) return e.state === 'ready' ? e.image : null;
  cache.set(asset.id, { state: 'loading' });
  void api()
    .readAsset({ handle, assetId: asset.id, fileName: asset.fileName })
    .then((r) => {
      if (r.ok) load(asset.id, `data:${r.value.mime};base64,${r.value.dataBase64}`);
      else cache.set(asset.id, { state: 'failed' });
    }, () => cache.set(asset.id, { state: 'failed' }));
  return null;
}
