import type { Booth, Facility } from '../model/entities';
import type { Project } from '../model/project';
import { newId } from '../model/ids';
import { operation } from '../ops/build';
import { copyBooth } from './factory';
import { withDerivedTypes } from './derive';
import { DUPLICATE_OFFSET } from './limits';
import { takenNumbers, uniqueNumber } from './numbering';
import { refuse, type EditResult, type Refusal } from './result';
import { HallOutlines, resolveSelection, type Selection } from './scene';
import { translateArea, translateFacilityShape } from './shape-ops';

/** Copied items, detached from the document (safe to keep across edits or paste into another hall). */
export interface Clipboard {
  booths: Booth[];
  facilities: Facility[];
}

export function copyItems(doc: Project, sel: Selection): Clipboard | Refusal {
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  return structuredClone({ booths: r.booths, facilities: r.facilities });
}

export interface PasteOptions {
  /** Hall to paste into; default: each item's own hall. */
  hallId?: string;
  /** Shift in metres applied to every item. */
  dx: number;
  dy: number;
}

/**
 * Pastes copies with new ids. Copies are free booths (no hold, reservation or assignment)
 * and get unique numbers: the same number when free, else the next free number in its
 * series ("A1-105" → "A1-106"), else a "-2" suffix. A zone that no longer exists is
 * dropped. Refuses copies that would land outside their hall.
 */
export function pasteItems(doc: Project, clip: Clipboard, opts: PasteOptions): EditResult {
  if (clip.booths.length === 0 && clip.facilities.length === 0) return refuse('nothing-selected');
  if (!Number.isFinite(opts.dx) || !Number.isFinite(opts.dy)) return refuse('not-finite');
  if (opts.hallId !== undefined && !doc.halls[opts.hallId]) return refuse('hall-not-found');
  const hallOf = (item: { hallId: string }) => opts.hallId ?? item.hallId;
  if ([...clip.booths, ...clip.facilities].some((i) => !doc.halls[hallOf(i)])) return refuse('hall-not-found');
  const taken = takenNumbers(doc);
  const outlines = new HallOutlines(doc.halls);
  const builder = operation(doc, 'ops.paste', { count: clip.booths.length + clip.facilities.length });
  const outside: string[] = [];
  for (const b of clip.booths) {
    const copy = copyBooth(b, {
      hallId: hallOf(b),
      shape: translateArea(b.shape, opts.dx, opts.dy),
      number: uniqueNumber(b.number, taken),
      zoneId: b.zoneId && doc.zones[b.zoneId] ? b.zoneId : null,
    });
    if (!outlines.contains(copy)) outside.push(b.id);
    builder.put('booths', copy);
  }
  if (outside.length) return refuse('outside-hall', { boothIds: outside });
  for (const f of clip.facilities) {
    builder.put('facilities', { ...f, id: newId('f'), hallId: hallOf(f), shape: translateFacilityShape(f.shape, opts.dx, opts.dy) });
  }
  return withDerivedTypes(doc, builder).build();
}

/** Copy and paste in one step, shifted by `offset` metres (default 1 m right and down). */
export function duplicateItems(doc: Project, sel: Selection, offset: readonly [number, number] = [DUPLICATE_OFFSET, DUPLICATE_OFFSET]): EditResult {
  const clip = copyItems(doc, sel);
  if ('ok' in clip) return clip;
  const r = pasteItems(doc, clip, { dx: offset[0], dy: offset[1] });
  return 'ok' in r ? r : { ...r, label: 'ops.duplicate' };
}
