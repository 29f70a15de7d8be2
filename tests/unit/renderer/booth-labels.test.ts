import { describe, expect, it } from 'vitest';
import { drawBoothLabels, LABEL_MIN_FONT_PX } from '../../../renderer/editor/canvas/draw/booth-labels';
import type { SceneBooth } from '../../../renderer/editor/canvas/scene';

/** A 2D context that records text and measures like a real sans font (0.6 em per character). */
function recorder() {
  const drawn: { text: string; font: string }[] = [];
  const ctx = {
    font: '10px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillStyle: '#000',
    measureText(text: string) {
      const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)![1]);
      return { width: Array.from(text).length * px * 0.6 };
    },
    fillText(text: string) {
      drawn.push({ text, font: this.font });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

function booth(side: number, number: string, exhibitor: string | null = null): SceneBooth {
  return {
    id: number, hallId: 'h1', order: 0, pts: [], bbox: { minX: 0, minY: 0, maxX: side, maxY: side },
    labelX: side / 2, labelY: side / 2, minSide: side, number, status: 'available', zoneColor: null,
    exhibitor: exhibitor ? { zh: exhibitor, en: exhibitor } : null,
  };
}
const sizeOf = (font: string) => Number(/(\d+)px/.exec(font)![1]);
const opts = (mode: 'number' | 'number-name' | 'none' = 'number-name') => ({ lang: 'en' as const, mode, hallCodes: new Map([['h1', 'A3']]) });

describe('booth labels on the plan', () => {
  it('draws a 3 m booth number legibly at 28 px wide, dropping the hall prefix when that makes it fit', () => {
    const { ctx, drawn } = recorder();
    // 28 px for 3 m: scale 28/3 px per metre.
    drawBoothLabels(ctx, [booth(3, 'A3-15'), booth(3, 'A3-1507')], { scale: 28 / 3, x: 0, y: 0 }, opts());
    expect(drawn.map((d) => d.text)).toEqual(['A3-15', '1507']);
    for (const d of drawn) expect(sizeOf(d.font)).toBeGreaterThanOrEqual(LABEL_MIN_FONT_PX);
  });

  it('draws nothing where even the short number would be smaller than 7 px', () => {
    const { ctx, drawn } = recorder();
    drawBoothLabels(ctx, [booth(3, 'A3-1507')], { scale: 12 / 3, x: 0, y: 0 }, opts());
    expect(drawn).toEqual([]);
  });

  it('adds the exhibitor name when there is room, and follows the label setting', () => {
    const big = [booth(9, 'A3-15', 'Huawei')];
    const cam = { scale: 10, x: 0, y: 0 };
    let r = recorder();
    drawBoothLabels(r.ctx, big, cam, opts('number-name'));
    expect(r.drawn.map((d) => d.text)).toEqual(['A3-15', 'Huawei']);
    r = recorder();
    drawBoothLabels(r.ctx, big, cam, opts('number'));
    expect(r.drawn.map((d) => d.text)).toEqual(['A3-15']);
    r = recorder();
    drawBoothLabels(r.ctx, big, cam, opts('none'));
    expect(r.drawn).toEqual([]);
  });
});
