import { describe, expect, it } from 'vitest';
import { ToolMachine, type PointerInput } from '../../../renderer/editor/tools/machine';

const o = { grid: 0.5, dragDistance: 0.8 };
const at = (x: number, y: number, extra: Partial<PointerInput> = {}): PointerInput => ({ at: [x, y], shift: false, hit: null, selected: false, ...extra });

describe('ToolMachine', () => {
  it('draws a booth rectangle snapped to the grid, whichever way it is dragged', () => {
    const m = new ToolMachine('booth');
    m.down(at(10.2, 5.1), o);
    m.move(at(4.1, 8.3), o);
    expect(m.gesture).toMatchObject({ kind: 'rect', start: [10, 5], current: [4, 8.5] });
    expect(m.up(at(4.1, 8.3), o)).toEqual({ type: 'rect', min: [4, 5], max: [10, 8.5] });
    expect(m.gesture.kind).toBe('idle');
  });

  it('turns a click with the booth tool into an empty rectangle (nothing to add)', () => {
    const m = new ToolMachine('booth');
    m.down(at(3, 3), o);
    const a = m.up(at(3.1, 3.1), o);
    expect(a).toEqual({ type: 'rect', min: [3, 3], max: [3, 3] });
  });

  it('moves a booth only after the drag threshold and reports one move on release', () => {
    const m = new ToolMachine('select');
    m.down(at(0, 0, { hit: { kind: 'booth', id: 'b1' }, selected: true }), o);
    m.move(at(0.3, 0), o);
    expect(m.gesture.kind).toBe('press');
    m.move(at(2, 1), o);
    m.move(at(3, 1.5), o);
    expect(m.gesture).toMatchObject({ kind: 'move', dx: 3, dy: 1.5 });
    expect(m.up(at(3, 1.5), o)).toEqual({ type: 'move', dx: 3, dy: 1.5 });
  });

  it('a press without movement is a click; shift is kept', () => {
    const m = new ToolMachine('select');
    m.down(at(1, 1, { hit: { kind: 'booth', id: 'b2' }, shift: true }), o);
    expect(m.up(at(1, 1), o)).toEqual({ type: 'click', hit: { kind: 'booth', id: 'b2' }, shift: true });
  });

  it('a facility is a hit target of its own: a click selects it as a facility, a drag moves it', () => {
    const fac = { kind: 'facility', id: 'fac_1' } as const;
    const m = new ToolMachine('select');
    m.down(at(1, 1, { hit: fac }), o);
    expect(m.gesture).toMatchObject({ kind: 'press', hit: fac });
    expect(m.up(at(1.1, 1), o)).toEqual({ type: 'click', hit: fac, shift: false });
    m.down(at(1, 1, { hit: fac, selected: true }), o);
    m.move(at(4, 1), o);
    expect(m.up(at(4, 1), o)).toEqual({ type: 'move', dx: 3, dy: 0 });
    // Shift-click toggles it in the selection.
    m.down(at(1, 1, { hit: fac, shift: true }), o);
    expect(m.up(at(1, 1), o)).toEqual({ type: 'click', hit: fac, shift: true });
  });

  it('dragging empty space selects an area; shift adds to the selection', () => {
    const m = new ToolMachine('select');
    m.down(at(10, 10, { shift: true }), o);
    m.move(at(2, 4), o);
    expect(m.up(at(2, 4), o)).toEqual({ type: 'band', min: [2, 4], max: [10, 10], additive: true });
  });

  it('draws a polygon by clicks and closes it on the first vertex', () => {
    const m = new ToolMachine('polygon-booth');
    m.down(at(0, 0), o);
    m.down(at(6, 0), o);
    m.down(at(6, 3), o);
    m.down(at(3, 3), o);
    m.down(at(3, 6), o);
    m.down(at(0, 6), o);
    const a = m.down(at(0.2, 0.1), o);
    expect(a).toEqual({ type: 'poly', points: [[0, 0], [6, 0], [6, 3], [3, 3], [3, 6], [0, 6]] });
  });

  it('Escape cancels a gesture in progress and nothing is committed', () => {
    const m = new ToolMachine('booth');
    m.down(at(0, 0), o);
    m.move(at(5, 5), o);
    expect(m.cancel()).toBe(true);
    expect(m.up(at(5, 5), o)).toEqual({ type: 'none' });
    expect(m.cancel()).toBe(false);
  });

  it('Enter finishes a wall; repeated clicks on one point are kept once', () => {
    const m = new ToolMachine('facility', 'wall');
    m.down(at(0, 0), o);
    m.down(at(4, 0), o);
    m.down(at(4, 0), o);
    expect(m.finish()).toEqual({ type: 'poly', points: [[0, 0], [4, 0]] });
  });

  it('the block tool places at the snapped click point', () => {
    const m = new ToolMachine('block');
    expect(m.down(at(4.3, 7.8), o)).toEqual({ type: 'place', at: [4.5, 8] });
  });

  it('pans by the world distance moved', () => {
    const m = new ToolMachine('pan');
    m.down(at(1, 1), o);
    expect(m.move(at(3, 0), o)).toEqual({ panDx: 2, panDy: -1 });
  });
});
