import type { Point } from '../../../../shared/model/primitives';
import type { Handle } from '../transform';
import type { PlanHit } from '../machine';

/**
 * What a select-tool press landed on, in the order the plan offers it: a hall's title bar or
 * rotate handle, a resize or rotate handle of the selection's frame, then a booth or a
 * facility (walls, labels, doors…), each with whether it is already selected.
 */
export type SelectTarget =
  | { kind: 'hall-title'; hallId: string }
  | { kind: 'hall-rotate'; hallId: string }
  | { kind: 'resize-handle'; handle: Handle }
  | { kind: 'rotate-handle' }
  | { kind: 'booth' | 'facility'; id: string; selected: boolean };

/** What a translate or rotate gesture acts on: the selection, or a whole hall. */
export type Subject = { kind: 'selection' } | { kind: 'hall'; hallId: string };

/** One pointer event as the select tool sees it. */
export interface SelectInput {
  /** World metres. */
  at: Point;
  /** Plan (container) pixels: the drag threshold is measured on screen. */
  screen: Point;
  shift: boolean;
  /** The press pans whatever it is on (middle button, Space held, the pan tool). */
  pan: boolean;
  target: SelectTarget | null;
}

/** The select tool's child states (as tldraw's SelectTool): one gesture at a time. */
export type SelectState =
  | { name: 'idle' }
  | { name: 'pointing'; start: Point; screen: Point; hit: PlanHit | null; shift: boolean }
  | { name: 'translating'; subject: Subject; start: Point; current: Point }
  | { name: 'resizing'; handle: Handle; current: Point }
  | { name: 'rotating'; subject: Subject; start: Point; current: Point; free: boolean }
  | { name: 'brushing'; start: Point; current: Point; additive: boolean }
  | { name: 'panning'; last: Point };

/** What a transition asks of the editor; the DOM side turns each into one edit or a camera step. */
export type SelectAction =
  | { type: 'none' }
  /** A press on something not yet selected selects it alone, so a drag moves just that. */
  | { type: 'select'; hit: PlanHit }
  | { type: 'click'; hit: PlanHit | null; shift: boolean }
  | { type: 'translate'; subject: Subject; dx: number; dy: number }
  | { type: 'resize'; handle: Handle; at: Point }
  | { type: 'rotate'; subject: Subject; start: Point; at: Point; free: boolean }
  | { type: 'brush'; min: Point; max: Point; additive: boolean }
  /** Screen pixels the camera follows the pointer by. */
  | { type: 'pan'; dx: number; dy: number };

/** Screen pixels a press must travel to become a drag. */
export const DRAG_PX = 4;

const NONE: SelectAction = { type: 'none' };
const hitOf = (t: SelectTarget | null): PlanHit | null => (t && (t.kind === 'booth' || t.kind === 'facility') ? { kind: t.kind, id: t.id } : null);

/**
 * The select tool as a pure state machine: pointer input in, the next child state and an
 * action out. Handles (hall title, rotate, resize) start their gesture on the press; a press
 * on a booth or facility is `pointing` until it travels `DRAG_PX`, then translates the
 * selection (or brushes with Shift / on empty floor). Escape is `cancel()`: nothing commits.
 */
export class SelectMachine {
  state: SelectState = { name: 'idle' };

  down(i: SelectInput): SelectAction {
    if (this.state.name !== 'idle') return NONE;
    if (i.pan) {
      this.state = { name: 'panning', last: i.screen };
      return NONE;
    }
    const t = i.target;
    if (t?.kind === 'hall-title') this.state = { name: 'translating', subject: { kind: 'hall', hallId: t.hallId }, start: i.at, current: i.at };
    else if (t?.kind === 'hall-rotate') this.state = { name: 'rotating', subject: { kind: 'hall', hallId: t.hallId }, start: i.at, current: i.at, free: i.shift };
    else if (t?.kind === 'rotate-handle') this.state = { name: 'rotating', subject: { kind: 'selection' }, start: i.at, current: i.at, free: i.shift };
    else if (t?.kind === 'resize-handle') this.state = { name: 'resizing', handle: t.handle, current: i.at };
    else {
      const hit = hitOf(t);
      const selected = t?.kind === 'booth' || t?.kind === 'facility' ? t.selected : false;
      this.state = { name: 'pointing', start: i.at, screen: i.screen, hit, shift: i.shift };
      if (hit && !selected && !i.shift) return { type: 'select', hit };
    }
    return NONE;
  }

  move(i: SelectInput): SelectAction {
    const s = this.state;
    switch (s.name) {
      case 'pointing':
        if (Math.hypot(i.screen[0] - s.screen[0], i.screen[1] - s.screen[1]) < DRAG_PX) return NONE;
        this.state = s.hit && !s.shift ? { name: 'translating', subject: { kind: 'selection' }, start: s.start, current: i.at } : { name: 'brushing', start: s.start, current: i.at, additive: s.shift };
        return NONE;
      case 'translating':
      case 'resizing':
      case 'brushing':
        s.current = i.at;
        return NONE;
      case 'rotating':
        s.current = i.at;
        s.free = i.shift;
        return NONE;
      case 'panning': {
        const [dx, dy] = [i.screen[0] - s.last[0], i.screen[1] - s.last[1]];
        s.last = i.screen;
        return { type: 'pan', dx, dy };
      }
      default:
        return NONE;
    }
  }

  up(i: SelectInput): SelectAction {
    const s = this.state;
    this.state = { name: 'idle' };
    switch (s.name) {
      case 'pointing':
        return { type: 'click', hit: s.hit, shift: s.shift };
      case 'translating': {
        const [dx, dy] = [i.at[0] - s.start[0], i.at[1] - s.start[1]];
        return dx === 0 && dy === 0 ? NONE : { type: 'translate', subject: s.subject, dx, dy };
      }
      case 'resizing':
        return { type: 'resize', handle: s.handle, at: i.at };
      case 'rotating':
        return { type: 'rotate', subject: s.subject, start: s.start, at: i.at, free: i.shift };
      case 'brushing':
        return { type: 'brush', min: [Math.min(s.start[0], i.at[0]), Math.min(s.start[1], i.at[1])], max: [Math.max(s.start[0], i.at[0]), Math.max(s.start[1], i.at[1])], additive: s.additive };
      default:
        return NONE;
    }
  }

  /** Escape or a lost pointer: drops the gesture; true when there was one. */
  cancel(): boolean {
    const had = this.state.name !== 'idle';
    this.state = { name: 'idle' };
    return had;
  }
}
