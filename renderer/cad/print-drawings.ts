import { useSyncExternalStore } from 'react';
import type { VectorDrawing } from '../../shared/drawing/compact';
import type { Project } from '../../shared/model/project';
import { hasVenueDrawing } from '../../shared/print/venue-drawing';
import { onVectorDrawingLoaded, vectorDrawing, vectorDrawingsVersion } from './vector-drawings';

/**
 * The stored vector drawings of `hallIds` the print engine needs for `include.venueDrawing`:
 * those already read; the others start loading (`useVectorDrawingsVersion` changes when one
 * arrives, so a preview can lay out again).
 */
export function printDrawings(doc: Project, handle: string | null, hallIds: readonly string[]): Record<string, VectorDrawing> {
  const out: Record<string, VectorDrawing> = {};
  if (!handle) return out;
  for (const id of hallIds) {
    const hall = Object.hasOwn(doc.halls, id) ? doc.halls[id] : undefined;
    if (!hall?.background || !hasVenueDrawing(doc, hall)) continue;
    const loaded = vectorDrawing(handle, doc.assets[hall.background.assetId]!);
    if (loaded) out[hall.background.assetId] = loaded.drawing;
  }
  return out;
}

/** Whether any of the halls has a DXF venue drawing (the print dialog offers the option then). */
export function anyVenueDrawing(doc: Project, hallIds: readonly string[]): boolean {
  return hallIds.some((id) => Object.hasOwn(doc.halls, id) && hasVenueDrawing(doc, doc.halls[id]!));
}

/** Changes whenever a vector drawing finishes loading. */
export function useVectorDrawingsVersion(): number {
  return useSyncExternalStore(onVectorDrawingLoaded, vectorDrawingsVersion);
}
