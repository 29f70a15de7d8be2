import type { Asset } from '../../shared/model/entities';
import { serializeVectorDrawing, type VectorDrawing } from '../../shared/drawing/compact';
import { bytesToBase64 } from '../../shared/drawing/base64';
import { api } from '../app/api/client';
import { toUiError, type UiError } from '../editor/host-errors';

/** Stores the reviewed drawing beside the show (the host checks it again); the show is not touched. */
export async function storeVectorDrawing(handle: string, fileName: string, drawing: VectorDrawing): Promise<{ ok: true; asset: Asset } | { ok: false; error: UiError }> {
  const dataBase64 = bytesToBase64(new TextEncoder().encode(serializeVectorDrawing(drawing)));
  try {
    const r = await api().importAsset({ handle, fileName: fileName.slice(0, 255) || 'drawing.dxf', dataBase64 });
    return r.ok ? { ok: true, asset: r.value } : { ok: false, error: r.error };
  } catch (e) {
    return { ok: false, error: toUiError(e) };
  }
}
