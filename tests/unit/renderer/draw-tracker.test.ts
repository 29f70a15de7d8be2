import { describe, expect, it } from 'vitest';
import { trackPainting } from '../../../renderer/editor/canvas/draw/draw-tracker';

/** A stand-in for a 2D context: methods that need `this` to be the real object, and a setter. */
class FakeContext {
  calls: string[] = [];
  private style = '#000';
  get fillStyle(): string {
    return this.style;
  }
  set fillStyle(v: string) {
    if (!(this instanceof FakeContext)) throw new TypeError('Illegal invocation');
    this.style = v;
  }
  beginPath(): void {
    this.calls.push('beginPath');
  }
  save(): void {
    this.calls.push('save');
  }
  fill(): void {
    this.calls.push(`fill ${this.style}`);
  }
  measureText(t: string): { width: number } {
    return { width: t.length * 7 };
  }
}

describe('trackPainting', () => {
  it('is not painted by state changes, paths and measuring', () => {
    const real = new FakeContext();
    const t = trackPainting(real as unknown as CanvasRenderingContext2D);
    t.ctx.fillStyle = '#f00';
    t.ctx.save();
    t.ctx.beginPath();
    expect(t.ctx.measureText('abc').width).toBe(21);
    expect(t.painted()).toBe(false);
    expect(real.fillStyle).toBe('#f00');
    expect(real.calls).toEqual(['save', 'beginPath']);
  });

  it('is painted once something is filled, and the real context does the work', () => {
    const real = new FakeContext();
    const t = trackPainting(real as unknown as CanvasRenderingContext2D);
    t.ctx.fillStyle = '#0f0';
    t.ctx.fill();
    expect(t.painted()).toBe(true);
    expect(real.calls).toEqual(['fill #0f0']);
  });
});
