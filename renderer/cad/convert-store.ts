import { createStore } from 'zustand/vanilla';
import type { BBox } from '../../shared/geometry/polygon';
import type { Point } from '../../shared/model/primitives';
import type { Project } from '../../shared/model/project';
import { closedPathAt, pathsInRect, type ConvertTarget, type DrawingFrame } from '../../shared/drawing/convert';
import { DEFAULT_NUMBERING, type NumberingScheme } from '../../shared/editing/numbering';
import { editor } from '../editor/instance';
import { sessionStore } from '../editor/session-store';
import { isVectorAsset } from './plan-underlay';
import { vectorDrawing, type LoadedDrawing } from './vector-drawings';

/** How the paths to convert are chosen: every path on some layers, or picked on the plan. */
export type ConvertSource = 'layers' | 'picked';

/** The Convert drawing dialog's choices; kept while the user picks on the plan and comes back. */
export interface ConvertState {
  hallId: string | null;
  source: ConvertSource;
  layers: string[];
  /** The layers were guessed from the drawing's names (once it had loaded). */
  layersGuessed: boolean;
  /** Path indexes picked on the plan (by rectangle or click). */
  picked: number[];
  target: ConvertTarget;
  scheme: NumberingScheme;
  /** The dialog is hidden while the user drags a rectangle or clicks an outline on the plan. */
  picking: boolean;
}

const initial = (): ConvertState => ({ hallId: null, source: 'layers', layers: [], layersGuessed: false, picked: [], target: 'booths', scheme: { ...DEFAULT_NUMBERING }, picking: false });

export const convertStore = createStore<ConvertState>(initial);

/** The hall's vector drawing and where it lies in the hall, once loaded. */
export function hallDrawing(doc: Project, handle: string | null, hallId: string | null): { loaded: LoadedDrawing; frame: DrawingFrame; hidden: string[] } | null {
  const bg = hallId ? doc.halls[hallId]?.background : null;
  const asset = bg ? doc.assets[bg.assetId] : undefined;
  if (!bg || !asset || !handle || !isVectorAsset(asset.mime)) return null;
  const loaded = vectorDrawing(handle, asset);
  if (!loaded) return null;
  return { loaded, frame: { x: bg.x, y: bg.y, mpp: bg.metresPerPixel, rotation: bg.rotation }, hidden: bg.hiddenLayers };
}

/** Halls whose drawing is a vector (DXF) one: the only ones a conversion can start from. */
export function hallsWithVectorDrawing(doc: Project | null): string[] {
  if (!doc) return [];
  return Object.values(doc.halls)
    .sort((a, b) => a.order - b.order)
    .filter((h) => h.background && isVectorAsset(doc.assets[h.background.assetId]?.mime ?? ''))
    .map((h) => h.id);
}

/** Layers that look like booths (by name), the first guess of what to convert. */
export function boothLayers(loaded: LoadedDrawing | null): string[] {
  if (!loaded) return [];
  return loaded.drawing.layers.map((l) => l.name).filter((n) => /booth|stand|展位|摊位/i.test(n));
}

/** Opens the dialog for a hall (the one asked for when it has a vector drawing, else the first that has). */
export function openConvertDialog(preferHall: string | null): void {
  const { doc, handle } = editor.store.getState();
  const halls = hallsWithVectorDrawing(doc);
  const hallId = preferHall && halls.includes(preferHall) ? preferHall : (halls[0] ?? null);
  const s = convertStore.getState();
  if (s.hallId !== hallId) {
    const loaded = doc ? (hallDrawing(doc, handle, hallId)?.loaded ?? null) : null;
    const prefix = hallId ? (doc?.halls[hallId]?.code ?? '') : '';
    convertStore.setState({ ...initial(), hallId, layers: boothLayers(loaded), layersGuessed: loaded !== null, scheme: { ...DEFAULT_NUMBERING, prefix } });
  } else convertStore.setState({ picking: false });
  sessionStore.setState({ dialog: 'convert' });
}

export function setConvertHall(hallId: string): void {
  const { doc, handle } = editor.store.getState();
  const loaded = doc ? (hallDrawing(doc, handle, hallId)?.loaded ?? null) : null;
  const prefix = doc?.halls[hallId]?.code ?? '';
  convertStore.setState({ hallId, layers: boothLayers(loaded), layersGuessed: loaded !== null, picked: [], scheme: { ...convertStore.getState().scheme, prefix } });
}

export function closeConvertDialog(): void {
  convertStore.setState({ picking: false });
  sessionStore.setState({ dialog: null });
}

/** Hides the dialog until one rectangle is dragged or one outline clicked on the plan. */
export function startConvertPick(): void {
  convertStore.setState({ picking: true, source: 'picked' });
  sessionStore.setState({ dialog: null });
}

/** Back to the dialog without picking (Escape). */
export function cancelConvertPick(): void {
  convertStore.setState({ picking: false });
  sessionStore.setState({ dialog: 'convert' });
}

/**
 * What a pick gesture on the plan adds, in the hall's own metres: every path of a shown layer
 * wholly inside the rectangle, or the smallest closed outline around a click. A click on an
 * outline already picked takes it out again.
 */
export function finishConvertPick(gesture: { rect: BBox } | { at: Point }): void {
  const s = convertStore.getState();
  const { doc, handle } = editor.store.getState();
  const d = doc ? hallDrawing(doc, handle, s.hallId) : null;
  let picked = s.picked;
  if (d) {
    const hidden = new Set(d.hidden);
    if ('rect' in gesture) {
      const shown = d.loaded.drawing.paths.layer.flatMap((l, i) => (hidden.has(d.loaded.drawing.layers[l]?.name ?? '') ? [] : [i]));
      picked = [...new Set([...picked, ...pathsInRect(d.loaded, d.frame, gesture.rect, shown)])];
    } else {
      const hit = closedPathAt(d.loaded, d.frame, gesture.at, hidden);
      if (hit !== null) picked = picked.includes(hit) ? picked.filter((p) => p !== hit) : [...picked, hit];
    }
  }
  convertStore.setState({ picked: picked.sort((a, b) => a - b), picking: false, source: 'picked' });
  sessionStore.setState({ dialog: 'convert' });
}
