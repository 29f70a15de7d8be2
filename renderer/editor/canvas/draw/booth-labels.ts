import type { Language } from '../../../../shared/ipc/contract';
import { shortBoothNumber } from '../../../../shared/print/hall-plan';
import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';
import type { BoothLabelMode } from '../../session-store';
import type { SceneBooth } from '../scene';
import { fitText } from './text-fit';

/** Smallest label worth drawing, px: below this nobody reads it on a working screen. */
export const LABEL_MIN_FONT_PX = 7;
/** Largest label, px: big booths do not get shouting numbers. */
export const LABEL_MAX_FONT_PX = 15;
/** A booth narrower than this on screen gets no label at all (not even a try). */
const MIN_BOOTH_PX = 14;
const PAD_PX = 3;
const REF_PX = 10;

export interface LabelOptions {
  lang: Language;
  mode: BoothLabelMode;
  /** Hall codes by hall id: the prefix dropped when that is what makes a number fit. */
  hallCodes: ReadonlyMap<string, string>;
}

const refWidth = new Map<string, number>();
/** Width of `text` at the reference size; label widths scale with the font size. */
function widthAtRef(ctx: CanvasRenderingContext2D, text: string, weight: number): number {
  const key = `${weight}\u0000${text}`;
  let w = refWidth.get(key);
  if (w === undefined) {
    if (refWidth.size > 50_000) refWidth.clear();
    const font = ctx.font;
    ctx.font = `${weight} ${REF_PX}px ${FONT_STACK}`;
    w = ctx.measureText(text).width;
    ctx.font = font;
    refWidth.set(key, w);
  }
  return w;
}

/** The largest whole font size (within limits) at which `text` fits `widthPx`, or 0. */
function fitSize(ctx: CanvasRenderingContext2D, text: string, widthPx: number, maxPx: number): number {
  if (!text) return 0;
  const w = widthAtRef(ctx, text, 600);
  const size = Math.min(maxPx, Math.floor((widthPx * REF_PX) / Math.max(w, 1)));
  return size >= LABEL_MIN_FONT_PX ? size : 0;
}

/**
 * Booth labels in screen space. The number shows as soon as it fits at a legible size
 * (7 px and up), without the hall prefix when that is what makes it fit ("A3-15" → "15");
 * the exhibitor's name goes on a second line when there is room for it.
 */
export function drawBoothLabels(ctx: CanvasRenderingContext2D, booths: readonly SceneBooth[], cam: Camera, o: LabelOptions): void {
  if (o.mode === 'none') return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d2329';
  let currentFont = '';
  const setFont = (f: string) => {
    if (currentFont !== f) ctx.font = currentFont = f;
  };
  for (const b of booths) {
    const boxW = (b.bbox.maxX - b.bbox.minX) * cam.scale;
    const boxH = (b.bbox.maxY - b.bbox.minY) * cam.scale;
    if (Math.min(boxW, boxH) < MIN_BOOTH_PX) continue;
    const widthPx = boxW - 2 * PAD_PX;
    // A number never takes more than about half the booth's height.
    const maxPx = Math.min(LABEL_MAX_FONT_PX, Math.floor(boxH * 0.5));
    let text = b.number;
    let size = fitSize(ctx, text, widthPx, maxPx);
    if (!size) {
      text = shortBoothNumber(b.number, o.hallCodes.get(b.hallId) ?? '');
      size = fitSize(ctx, text, widthPx, maxPx);
      if (!size) continue;
    }
    const cx = b.labelX * cam.scale + cam.x;
    const cy = b.labelY * cam.scale + cam.y;
    const ex = o.mode === 'number-name' ? b.exhibitor : null;
    const name = ex ? (o.lang === 'zh-CN' ? ex.zh || ex.en : ex.en || ex.zh) : '';
    // Room for a second line of the same size?
    const twoLines = name !== '' && boxH - 2 * PAD_PX >= size * 2.3;
    let nameText = '';
    if (twoLines) {
      setFont(`400 ${size}px ${FONT_STACK}`);
      nameText = fitText(ctx, name, widthPx);
      // A lone ellipsis or one letter says nothing.
      if (Array.from(nameText.replace('…', '')).length < 2) nameText = '';
    }
    const gap = size * 1.2;
    setFont(`600 ${size}px ${FONT_STACK}`);
    ctx.fillText(text, cx, nameText ? cy - gap / 2 : cy);
    if (nameText) {
      setFont(`400 ${size}px ${FONT_STACK}`);
      ctx.fillText(nameText, cx, cy + gap / 2);
    }
  }
}
