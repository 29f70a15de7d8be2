import type { FacilityKind } from '../../../../shared/model/entities';
import type { Language } from '../../../../shared/ipc/contract';
import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';
import { pickText } from '../../text';
import type { SceneFacility } from '../scene';
import { tracePath } from './trace';
import { fitText } from './text-fit';

interface FacilityStyle {
  fill: string | null;
  stroke: string;
}

/** Colours a visitor would expect on a venue map: green way in, red way out, blue toilets… */
export const FACILITY_STYLE: Record<FacilityKind, FacilityStyle> = {
  entrance: { fill: '#c9f0d6', stroke: '#1e8a4c' },
  exit: { fill: '#ffd9cf', stroke: '#c4320a' },
  restroom: { fill: '#d6e6ff', stroke: '#2f6fd6' },
  stage: { fill: '#e6dcff', stroke: '#6a3fc8' },
  'meeting-room': { fill: '#ececec', stroke: '#6b6b6b' },
  'service-desk': { fill: '#cff5f2', stroke: '#0f8f87' },
  column: { fill: '#3d3d3d', stroke: '#3d3d3d' },
  cafe: { fill: '#f3e3d3', stroke: '#8a5a2b' },
  'first-aid': { fill: '#ffffff', stroke: '#d11a2a' },
  wall: { fill: '#59606a', stroke: '#59606a' },
  label: { fill: null, stroke: '#2b3440' },
};

export type Translate = (key: string) => string;

/** Facilities in screen space: shape, a symbol for the kind, and the label when it fits. */
export function drawFacilities(ctx: CanvasRenderingContext2D, facilities: readonly SceneFacility[], cam: Camera, lang: Language, t: Translate): void {
  for (const f of facilities) {
    const style = FACILITY_STYLE[f.kind];
    if (!f.closed) {
      ctx.beginPath();
      tracePath(ctx, f.pts, cam, false);
      ctx.lineWidth = Math.max(1, f.thickness * cam.scale);
      ctx.lineCap = 'square';
      ctx.strokeStyle = style.stroke;
      ctx.stroke();
      if (f.kind !== 'wall') drawCaption(ctx, f, cam, lang, t, 0, 14);
      continue;
    }
    if (f.kind !== 'label') {
      ctx.beginPath();
      tracePath(ctx, f.pts, cam, true);
      if (style.fill) {
        ctx.fillStyle = style.fill;
        ctx.fill();
      }
      ctx.lineWidth = 1.25;
      ctx.strokeStyle = style.stroke;
      ctx.stroke();
    }
    if (f.kind === 'column') continue;
    const wPx = f.w * cam.scale;
    const hPx = f.h * cam.scale;
    const cx = f.centerX * cam.scale + cam.x;
    const cy = f.centerY * cam.scale + cam.y;
    if (f.kind === 'entrance' || f.kind === 'exit') {
      drawDoor(ctx, f, cx, cy, Math.min(wPx, hPx), Math.max(wPx, hPx), lang, t);
      continue;
    }
    const symbolPx = Math.min(28, Math.min(wPx, hPx) * 0.55);
    const hasSymbol = f.kind !== 'label' && f.kind !== 'stage' && f.kind !== 'meeting-room' && symbolPx >= 8;
    if (hasSymbol) {
      const captionRoom = hPx >= symbolPx + 26;
      const sy = captionRoom ? cy - 8 : cy;
      ctx.save();
      ctx.translate(cx, sy);
      ctx.rotate((f.rotation * Math.PI) / 180);
      drawSymbol(ctx, f.kind, symbolPx, style.stroke);
      ctx.restore();
      if (captionRoom) drawCaption(ctx, f, cam, lang, t, symbolPx / 2 + 4, wPx - 4);
    } else {
      drawCaption(ctx, f, cam, lang, t, 0, wPx - 4);
    }
  }
}

/**
 * Doors are thin strips in a wall: the arrow goes just inside the hall, pointing in for an
 * entrance and out for an exit, with the caption beyond it once there is room.
 */
function drawDoor(ctx: CanvasRenderingContext2D, f: SceneFacility, cx: number, cy: number, thicknessPx: number, lengthPx: number, lang: Language, t: Translate): void {
  const s = Math.min(26, lengthPx * 0.5);
  if (s < 8) return;
  const color = FACILITY_STYLE[f.kind].stroke;
  const offset = thicknessPx / 2 + s / 2 + 3;
  const ax = cx + f.inwardX * offset;
  const ay = cy + f.inwardY * offset;
  ctx.save();
  ctx.translate(ax, ay);
  // The symbol points down (+y); turn it to the inward direction.
  ctx.rotate(Math.atan2(f.inwardY, f.inwardX) - Math.PI / 2);
  drawSymbol(ctx, f.kind, s, color);
  ctx.restore();
  if (s < 14) return;
  const text = pickText(f.label, lang) || t(`facility.${f.kind}`);
  ctx.font = `600 11px ${FONT_STACK}`;
  // Beyond the arrow: below/above it for doors in the top/bottom wall, beside it for side walls.
  ctx.textAlign = f.inwardX > 0 ? 'left' : f.inwardX < 0 ? 'right' : 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = color;
  const along = f.inwardX !== 0 ? s / 2 + 4 : s / 2 + 10;
  ctx.fillText(fitText(ctx, text, Math.max(f.inwardX !== 0 ? 110 : 60, lengthPx)), ax + f.inwardX * along, ay + f.inwardY * along);
}

function drawCaption(ctx: CanvasRenderingContext2D, f: SceneFacility, cam: Camera, lang: Language, t: Translate, dy: number, maxWidth: number): void {
  const fontPx = f.kind === 'label' ? Math.max(10, Math.min(22, f.h * cam.scale * 0.6)) : 11;
  if (f.kind !== 'label' && f.closed && f.h * cam.scale < 14) return;
  const text = pickText(f.label, lang) || t(`facility.${f.kind}`);
  ctx.font = `600 ${fontPx}px ${FONT_STACK}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = f.kind === 'label' ? '#2b3440' : FACILITY_STYLE[f.kind].stroke;
  const fitted = fitText(ctx, text, Math.max(maxWidth, f.closed ? 0 : 120));
  if (fitted) ctx.fillText(fitted, f.centerX * cam.scale + cam.x, f.centerY * cam.scale + cam.y + dy + (dy > 0 ? fontPx / 2 : 0));
}

/** A symbol centred on the origin, `s` pixels across, in the facility's own rotation. */
function drawSymbol(ctx: CanvasRenderingContext2D, kind: FacilityKind, s: number, color: string): void {
  const r = s / 2;
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1.5, s / 10);
  switch (kind) {
    case 'entrance':
    case 'exit': {
      // Entrance points into the hall (down the rectangle's local y), exit out of it.
      const dir = kind === 'entrance' ? 1 : -1;
      ctx.beginPath();
      ctx.moveTo(-r * 0.35, -r * 0.9 * dir);
      ctx.lineTo(r * 0.35, -r * 0.9 * dir);
      ctx.lineTo(r * 0.35, 0);
      ctx.lineTo(r * 0.8, 0);
      ctx.lineTo(0, r * 0.95 * dir);
      ctx.lineTo(-r * 0.8, 0);
      ctx.lineTo(-r * 0.35, 0);
      ctx.closePath();
      ctx.fill();
      return;
    }
    case 'first-aid': {
      const a = r * 0.3;
      ctx.beginPath();
      ctx.rect(-a, -r * 0.9, 2 * a, r * 1.8);
      ctx.rect(-r * 0.9, -a, r * 1.8, 2 * a);
      ctx.fill();
      return;
    }
    case 'service-desk': {
      ctx.beginPath();
      ctx.arc(0, 0, r * 0.9, 0, Math.PI * 2);
      ctx.stroke();
      ctx.beginPath();
      ctx.rect(-r * 0.1, -r * 0.15, r * 0.2, r * 0.65);
      ctx.arc(0, -r * 0.42, r * 0.12, 0, Math.PI * 2);
      ctx.fill();
      return;
    }
    case 'cafe': {
      ctx.beginPath();
      ctx.moveTo(-r * 0.7, -r * 0.4);
      ctx.lineTo(r * 0.4, -r * 0.4);
      ctx.lineTo(r * 0.3, r * 0.6);
      ctx.lineTo(-r * 0.6, r * 0.6);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.arc(r * 0.5, 0, r * 0.25, -Math.PI / 2, Math.PI / 2);
      ctx.stroke();
      return;
    }
    case 'restroom': {
      ctx.font = `700 ${Math.round(s * 0.6)}px ${FONT_STACK}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('WC', 0, 0);
      return;
    }
    default:
      return;
  }
}
