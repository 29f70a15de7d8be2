import { createStore } from 'zustand/vanilla';
import type { FacilityKind } from '../../../shared/model/entities';
import type { Point } from '../../../shared/model/primitives';
import type { Clipboard } from '../../../shared/editing/clipboard';
import type { LayoutProblem } from '../../../shared/editing/checks';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import type { BoothBlockSpec } from '../../../shared/editing/block';
import type { SnapGuide } from '../../../shared/geometry/snapping';
import type { Gesture } from './machine';

/** Tools of the floor plan editor; exactly one is active. */
export const EDITOR_TOOLS = ['select', 'pan', 'hall', 'booth', 'polygon-booth', 'block', 'facility', 'calibrate', 'align'] as const;
export type EditorTool = (typeof EDITOR_TOOLS)[number];

/** How the hall tool draws an outline: a dragged rectangle or clicked corners. */
export type HallShapeMode = 'rect' | 'polygon';

/**
 * What the booth block tool lays down; the dialog edits it, the preview follows the pointer.
 * The domain's block spec minus what the pointer supplies (hall, origin, rotation, kind).
 */
export type BlockSettings = Pick<BoothBlockSpec, 'rows' | 'cols' | 'boothW' | 'boothD' | 'backToBack' | 'aisle' | 'numbering'>;

export const DEFAULT_BLOCK: BlockSettings = { rows: 2, cols: 6, boothW: 3, boothD: 3, backToBack: true, aisle: 3, numbering: { ...DEFAULT_NUMBERING, first: 1 } };

/** A shape drawn with the hall tool, waiting for its name in the hall dialog. */
export interface PendingHall {
  /** In the new hall's own frame (its top-left corner at 0, 0). */
  outline: Point[];
  /** Where that frame's origin was drawn on the plan (site metres). */
  at: Point;
}

/** Two points picked on a venue drawing (drawing pixels), waiting for the real distance. */
export interface PendingCalibration {
  hallId: string;
  a: Point;
  b: Point;
}

/**
 * The align tool's clicks so far (plan points, site metres): drawing point 1, where it belongs,
 * drawing point 2, where it belongs. `target` is the drawing being lined up (a hall id, or null
 * for the site drawing); undefined until the first click picks it.
 */
export interface AlignProgress {
  target: string | null | undefined;
  points: Point[];
}

export interface ToolState {
  tool: EditorTool;
  hallMode: HallShapeMode;
  facilityKind: FacilityKind;
  /** Grid step in metres; 0 = off. */
  grid: number;
  snapEdges: boolean;
  /** Drawn corners snap to the endpoints and lines of CAD drawings. */
  snapDrawing: boolean;
  /** Where the next corner would snap on a CAD drawing, shown as a marker. */
  snapMark: { point: Point; kind: 'vertex' | 'line' } | null;
  block: BlockSettings;
  /** The gesture in progress, drawn by the tool layer. */
  gesture: Gesture;
  /** Snap guides of the gesture, world metres. */
  guides: SnapGuide[];
  /** World position of the pointer (for block previews and live dimensions), or null. */
  pointer: Point | null;
  clipboard: Clipboard | null;
  /** Pastes of the current clipboard so far: each lands one step further along. */
  pastes: number;
  /** Text for the next free label, set in the tool options. */
  labelText: { zh: string; en: string };
  pendingHall: PendingHall | null;
  pendingCalibration: PendingCalibration | null;
  /** Hall whose drawing the calibrate tool measures on. */
  calibrateHallId: string | null;
  align: AlignProgress;
  /** Results of the last "Check layout", or null when not run (or closed). */
  problems: LayoutProblem[] | null;
  /** The problem the user clicked, highlighted on the plan. */
  focusedProblem: LayoutProblem | null;
  minAisle: number;
}

export const toolStore = createStore<ToolState>(() => ({
  tool: 'select',
  hallMode: 'rect',
  facilityKind: 'entrance',
  grid: 0.5,
  snapEdges: true,
  snapDrawing: true,
  snapMark: null,
  block: DEFAULT_BLOCK,
  gesture: { kind: 'idle' },
  guides: [],
  pointer: null,
  clipboard: null,
  pastes: 0,
  labelText: { zh: '', en: '' },
  pendingHall: null,
  pendingCalibration: null,
  calibrateHallId: null,
  align: { target: undefined, points: [] },
  problems: null,
  focusedProblem: null,
  minAisle: 3,
}));

export function setTool(tool: EditorTool): void {
  toolStore.setState({ tool, gesture: { kind: 'idle' }, guides: [], snapMark: null, align: { target: undefined, points: [] } });
}

/** Starts lining up a drawing by two pairs of points (target undefined: the first click picks it). */
export function startAlign(target: string | null | undefined): void {
  setTool('align');
  toolStore.setState({ align: { target, points: [] } });
}
