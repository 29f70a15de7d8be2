const widthCache = new Map<string, number>();

function measure(ctx: CanvasRenderingContext2D, text: string): number {
  const key = `${ctx.font}\u0000${text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    // The cache holds labels of one show at a few font sizes; keep it from growing unbounded
    // over a long session with many shows.
    if (widthCache.size > 50_000) widthCache.clear();
    w = ctx.measureText(text).width;
    widthCache.set(key, w);
  }
  return w;
}

/** `text` in the current font, cut with an ellipsis to fit `maxWidth` pixels ('' if nothing fits). */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (maxWidth <= 0 || text === '') return '';
  if (measure(ctx, text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(ctx, chars.slice(0, mid).join('') + '…') <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('') + '…';
}
