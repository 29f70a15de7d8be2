import { describe, expect, it } from 'vitest';
import { SelectMachine, type SelectInput, type SelectTarget } from '../../../renderer/editor/tools/select/states';

/** A pointer at world (x, y); the screen is 10 px per metre so the 4 px drag threshold is 0.4 m. */
const at = (x: number, y: number, extra: Partial<SelectInput> = {}): SelectInput => ({ at: [x, y], screen: [x * 10, y * 10], shift: false, pan: false, target: null, ...extra });
const booth = (id: string, selected = false): SelectTarget => ({ kind: 'booth', id, selected });

describe('SelectMachine (the select tool’s child states)', () => {
  it('idle → pointing → translating: a press on a selected booth moves the selection once it travels 4 px', () => {
    const m = new SelectMachine();
    expect(m.down(at(0, 0, { target: booth('b1', true) }))).toEqual({ type: 'none' });
    expect(m.state.name).toBe('pointing');
    m.move(at(0.3, 0));
    expect(m.state.name).toBe('pointing');
    m.move(at(2, 1));
    m.move(at(3, 1.5));
    expect(m.state).toMatchObject({ name: 'translating', subject: { kind: 'selection' }, current: [3, 1.5] });
    expect(m.up(at(3, 1.5))).toEqual({ type: 'translate', subject: { kind: 'selection' }, dx: 3, dy: 1.5 });
    expect(m.state.name).toBe('idle');
  });

  it('a press on a booth not yet selected selects it alone first, so the drag moves just that', () => {
    const m = new SelectMachine();
    expect(m.down(at(1, 1, { target: booth('b2') }))).toEqual({ type: 'select', hit: { kind: 'booth', id: 'b2' } });
    // With Shift the press waits: the click toggles instead.
    const n = new SelectMachine();
    expect(n.down(at(1, 1, { target: booth('b2'), shift: true }))).toEqual({ type: 'none' });
  });

  it('pointing → idle without movement is a click; Shift is kept', () => {
    const m = new SelectMachine();
    m.down(at(1, 1, { target: booth('b2'), shift: true }));
    expect(m.up(at(1.01, 1))).toEqual({ type: 'click', hit: { kind: 'booth', id: 'b2' }, shift: true });
    m.down(at(5, 5));
    expect(m.up(at(5, 5))).toEqual({ type: 'click', hit: null, shift: false });
  });

  it('a facility (wall, label, door…) is a hit target of its own: clicked, toggled and translated as a facility', () => {
    const fac: SelectTarget = { kind: 'facility', id: 'fac_1', selected: false };
    const m = new SelectMachine();
    expect(m.down(at(1, 1, { target: fac }))).toEqual({ type: 'select', hit: { kind: 'facility', id: 'fac_1' } });
    expect(m.up(at(1, 1))).toEqual({ type: 'click', hit: { kind: 'facility', id: 'fac_1' }, shift: false });
    m.down(at(1, 1, { target: { ...fac, selected: true } }));
    m.move(at(4, 1));
    expect(m.up(at(4, 1))).toEqual({ type: 'translate', subject: { kind: 'selection' }, dx: 3, dy: 0 });
  });

  it('pointing → brushing: dragging empty floor selects an area; Shift (even on a booth) adds to the selection', () => {
    const m = new SelectMachine();
    m.down(at(10, 10));
    m.move(at(2, 4));
    expect(m.state).toMatchObject({ name: 'brushing', additive: false });
    expect(m.up(at(2, 4))).toEqual({ type: 'brush', min: [2, 4], max: [10, 10], additive: false });
    m.down(at(10, 10, { target: booth('b1', true), shift: true }));
    m.move(at(12, 12));
    expect(m.up(at(12, 12))).toEqual({ type: 'brush', min: [10, 10], max: [12, 12], additive: true });
  });

  it('idle → resizing on a resize handle, at once (no threshold); release reports the handle and the point', () => {
    const m = new SelectMachine();
    m.down(at(5, 5, { target: { kind: 'resize-handle', handle: { hx: 1, hy: 0.5 } } }));
    expect(m.state.name).toBe('resizing');
    m.move(at(7, 5));
    expect(m.up(at(7, 5))).toEqual({ type: 'resize', handle: { hx: 1, hy: 0.5 }, at: [7, 5] });
  });

  it('idle → rotating on the selection’s rotate handle or a hall’s; Shift turns freely', () => {
    const m = new SelectMachine();
    m.down(at(0, -3, { target: { kind: 'rotate-handle' } }));
    m.move(at(3, 0, { shift: true }));
    expect(m.state).toMatchObject({ name: 'rotating', subject: { kind: 'selection' }, free: true });
    expect(m.up(at(3, 0))).toEqual({ type: 'rotate', subject: { kind: 'selection' }, start: [0, -3], at: [3, 0], free: false });
    m.down(at(1, 1, { target: { kind: 'hall-rotate', hallId: 'h1' } }));
    expect(m.state).toMatchObject({ name: 'rotating', subject: { kind: 'hall', hallId: 'h1' } });
  });

  it('idle → translating a hall by its title bar; a press that does not move commits nothing', () => {
    const m = new SelectMachine();
    m.down(at(1, 1, { target: { kind: 'hall-title', hallId: 'h1' } }));
    expect(m.state).toMatchObject({ name: 'translating', subject: { kind: 'hall', hallId: 'h1' } });
    m.move(at(9, 1));
    expect(m.up(at(9, 1))).toEqual({ type: 'translate', subject: { kind: 'hall', hallId: 'h1' }, dx: 8, dy: 0 });
    m.down(at(1, 1, { target: { kind: 'hall-title', hallId: 'h1' } }));
    expect(m.up(at(1, 1))).toEqual({ type: 'none' });
  });

  it('idle → panning whatever the press is on (middle button, Space, pan tool): screen deltas, nothing selected', () => {
    const m = new SelectMachine();
    expect(m.down(at(1, 1, { pan: true, target: booth('b1') }))).toEqual({ type: 'none' });
    expect(m.state.name).toBe('panning');
    expect(m.move(at(2, 1.5))).toEqual({ type: 'pan', dx: 10, dy: 5 });
    expect(m.move(at(2, 2))).toEqual({ type: 'pan', dx: 0, dy: 5 });
    expect(m.up(at(2, 2))).toEqual({ type: 'none' });
    expect(m.state.name).toBe('idle');
  });

  it('Escape (cancel) leaves any child state for idle and nothing commits; a second press during a gesture is ignored', () => {
    for (const target of [booth('b1', true), null, { kind: 'resize-handle', handle: { hx: 0, hy: 0 } } as const, { kind: 'rotate-handle' } as const]) {
      const m = new SelectMachine();
      m.down(at(0, 0, { target }));
      m.move(at(5, 5));
      expect(m.down(at(6, 6))).toEqual({ type: 'none' });
      expect(m.cancel()).toBe(true);
      expect(m.up(at(5, 5))).toEqual({ type: 'none' });
      expect(m.cancel()).toBe(false);
    }
  });
});
