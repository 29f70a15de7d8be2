import { createStore } from 'zustand/vanilla';
import type { VectorDrawing } from '../../shared/drawing/compact';
import type { DxfError } from '../../shared/drawing/import-dxf';
import type { DrawingUnit } from '../../shared/drawing/units';
import { runDxfImport, type DxfImportJob } from './run-dxf-import';

/**
 * The DXF import dialog's state: reading with progress, then a review before anything is saved.
 * `hallId` null: the drawing goes under the whole site (the venue's master plan).
 */
export type DxfImportState =
  | { phase: 'closed' }
  | { phase: 'reading'; hallId: string | null; fileName: string; progress: number }
  | { phase: 'failed'; hallId: string | null; fileName: string; error: DxfError }
  | { phase: 'review'; hallId: string | null; fileName: string; drawing: VectorDrawing; units: DrawingUnit; hidden: string[]; saving: boolean; saveError: string | null };

export const dxfImportStore = createStore<DxfImportState>(() => ({ phase: 'closed' }));

let job: DxfImportJob | null = null;

export function isCadFileName(name: string): boolean {
  return /\.(dxf|dwg)$/i.test(name);
}

/** Starts reading a DXF for a hall (or the site); the dialog shows progress, then the drawing for review. */
export function startDxfImport(hallId: string | null, file: File): void {
  job?.cancel();
  const fileName = file.name;
  dxfImportStore.setState({ phase: 'reading', hallId, fileName, progress: 0 }, true);
  const mine = runDxfImport(file, (progress) => {
    const s = dxfImportStore.getState();
    if (job === mine && s.phase === 'reading') dxfImportStore.setState({ ...s, progress }, true);
  });
  job = mine;
  void mine.promise.then((r) => {
    if (job !== mine) return;
    job = null;
    if (!r.ok) return dxfImportStore.setState({ phase: 'failed', hallId, fileName, error: r.error }, true);
    const d = r.drawing;
    dxfImportStore.setState({ phase: 'review', hallId, fileName, drawing: d, units: d.units, hidden: d.layers.filter((l) => l.off).map((l) => l.name), saving: false, saveError: null }, true);
  });
}

/** A DWG picked: nothing to read, the dialog explains how to save it as DXF. */
export function showDwgHelp(hallId: string | null, fileName: string): void {
  job?.cancel();
  job = null;
  dxfImportStore.setState({ phase: 'failed', hallId, fileName, error: { code: 'dwg' } }, true);
}

export function closeDxfImport(): void {
  job?.cancel();
  job = null;
  dxfImportStore.setState({ phase: 'closed' }, true);
}
