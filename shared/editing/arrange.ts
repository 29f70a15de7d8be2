import type { Project } from '../model/project';
import { moveEach } from './move';
import { refuse, type EditResult } from './result';
import { itemBBox, resolveSelection, type Selection } from './scene';

export type AlignMode = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

function items(doc: Project, sel: Selection) {
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  return [
    ...r.booths.map((b) => ({ kind: 'booth' as const, id: b.id, box: itemBBox(b) })),
    ...r.facilities.map((f) => ({ kind: 'facility' as const, id: f.id, box: itemBBox(f) })),
  ];
}

/**
 * Lines up the selected items' bounding boxes on the selection's own edge or centre line:
 * `left`/`centre`/`right` move horizontally, `top`/`middle`/`bottom` vertically.
 */
export function alignItems(doc: Project, sel: Selection, mode: AlignMode): EditResult {
  const list = items(doc, sel);
  if ('ok' in list) return list;
  if (list.length < 2) return refuse('too-few-items', { detail: { min: 2 } });
  const minX = Math.min(...list.map((i) => i.box.minX));
  const maxX = Math.max(...list.map((i) => i.box.maxX));
  const minY = Math.min(...list.map((i) => i.box.minY));
  const maxY = Math.max(...list.map((i) => i.box.maxY));
  const moves = list.map(({ kind, id, box }) => {
    let dx = 0;
    let dy = 0;
    if (mode === 'left') dx = minX - box.minX;
    else if (mode === 'right') dx = maxX - box.maxX;
    else if (mode === 'centre') dx = (minX + maxX) / 2 - (box.minX + box.maxX) / 2;
    else if (mode === 'top') dy = minY - box.minY;
    else if (mode === 'bottom') dy = maxY - box.maxY;
    else dy = (minY + maxY) / 2 - (box.minY + box.maxY) / 2;
    return { kind, id, dx, dy };
  });
  return moveEach(doc, moves, 'ops.align', { mode });
}

export type DistributeAxis = 'horizontal' | 'vertical';

/**
 * Spaces the selected items with equal gaps between their bounding boxes, in order of their
 * near edges; the first and last stay put. Needs at least three items.
 */
export function distributeItems(doc: Project, sel: Selection, axis: DistributeAxis): EditResult {
  const list = items(doc, sel);
  if ('ok' in list) return list;
  if (list.length < 3) return refuse('too-few-items', { detail: { min: 3 } });
  const h = axis === 'horizontal';
  const lo = (b: (typeof list)[number]['box']) => (h ? b.minX : b.minY);
  const hi = (b: (typeof list)[number]['box']) => (h ? b.maxX : b.maxY);
  const sorted = [...list].sort((a, b) => lo(a.box) - lo(b.box) || hi(a.box) - hi(b.box));
  const first = lo(sorted[0]!.box);
  const last = hi(sorted[sorted.length - 1]!.box);
  const sizes = sorted.reduce((s, i) => s + (hi(i.box) - lo(i.box)), 0);
  const gap = (last - first - sizes) / (sorted.length - 1);
  let cursor = first;
  const moves = sorted.map(({ kind, id, box }, k) => {
    // The last item keeps its place exactly, whatever rounding did to the cursor.
    const target = k === sorted.length - 1 ? last - (hi(box) - lo(box)) : cursor;
    const d = target - lo(box);
    cursor = target + (hi(box) - lo(box)) + gap;
    return { kind, id, dx: h ? d : 0, dy: h ? 0 : d };
  });
  return moveEach(doc, moves, 'ops.distribute', { axis });
}
