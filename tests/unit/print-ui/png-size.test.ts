import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, pngSize } from '../../../renderer/print/png';

describe('PNG export size', () => {
  it('is DPI / 25.4 px per mm', () => {
    expect(pngSize(420, 297, 150)).toEqual({ ok: true, width: 2480, height: 1754 });
    expect(pngSize(210, 297, 300)).toEqual({ ok: true, width: 2480, height: 3508 });
    expect(pngSize(210, 297, 72)).toEqual({ ok: true, width: 595, height: 842 });
  });

  it('refuses a side beyond 12,000 px and offers the largest DPI that fits', () => {
    const r = pngSize(1189, 841, 300); // A0 at 300 DPI: 14043 px wide
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.width).toBe(14043);
    // The 100 M pixel cap binds first on A0: √(1e8 / (1189 × 841 mm²)) × 25.4 = 254 DPI.
    expect(r.maxDpi).toBe(254);
    const fits = pngSize(1189, 841, r.maxDpi);
    expect(fits.ok).toBe(true);
    expect(fits.width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(pngSize(1189, 841, r.maxDpi + 1).ok).toBe(false);
  });

  it('refuses too many pixels even when each side fits', () => {
    const r = pngSize(1000, 1000, 300); // 11811 × 11811 px = 139 M px
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fits = pngSize(1000, 1000, r.maxDpi);
    expect(fits.ok && fits.width * fits.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
  });
});
