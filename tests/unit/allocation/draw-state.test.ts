import { beforeEach, describe, expect, it } from 'vitest';
import { drawStore, orderWithSkips, pauseDraw, resumeDraw, secondsLeft, skipCurrent, startTurn } from '../../../renderer/panels/allocation/draw-state';

describe('the space draw clock and order', () => {
  beforeEach(() => drawStore.setState({ open: true, turnSeconds: 60, current: null, skipped: [], turnStartedAt: null, spent: 0, paused: false }));

  it('counts down per turn, stands still while paused (also across turns), and goes on after resume', () => {
    startTurn('a', 0);
    expect(secondsLeft(drawStore.getState(), 10_000)).toBe(50);
    pauseDraw(10_000);
    expect(secondsLeft(drawStore.getState(), 99_000)).toBe(50);
    // The next turn starts paused too.
    startTurn('b', 99_000);
    expect(secondsLeft(drawStore.getState(), 200_000)).toBe(60);
    resumeDraw(200_000);
    expect(secondsLeft(drawStore.getState(), 270_000)).toBe(-10);
  });

  it('sends a skipped exhibitor to the back and ends the turn', () => {
    startTurn('a', 0);
    skipCurrent();
    expect(drawStore.getState().current).toBeNull();
    expect(orderWithSkips(['a', 'b', 'c'], drawStore.getState().skipped)).toEqual(['b', 'c', 'a']);
    // Someone skipped who then got a booth elsewhere leaves the order.
    expect(orderWithSkips(['b', 'c'], ['a'])).toEqual(['b', 'c']);
  });
});
