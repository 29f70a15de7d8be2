import { describe, expect, it } from 'vitest';
import { ToolMachine, type PointerInput } from '../../../renderer/editor/tools/machine';

const o = { grid: 0.5, dragDistance: 0.8 };
const at = (x: number, y: number, extra: Partial<PointerInput> = {}): PointerInput => ({ at: [x, y], shift: false, ...extra });

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
});
