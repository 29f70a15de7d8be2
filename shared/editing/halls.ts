import type { Booth, Hall, HallPlacement } from '../model/entities';
import type { Bilingual, Point } from '../model/primitives';
import type { Project } from '../model/project';
import { newId } from '../model/ids';
import { operation } from '../ops/build';
import { polygonProblem } from '../geometry/validity';
import { copyBooth } from './factory';
import { withDerivedTypes } from './derive';
import { MAX_NUMBER_LENGTH, numberKey, takenNumbers, uniqueNumber } from './numbering';
import { refuse, type EditResult, type Refusal } from './result';
import { roundPoint } from './shape-ops';
import { freePlacement, SITE_EXTENT_M } from './site';

function placementCheck(pl: HallPlacement): Refusal | null {
  if (![pl.x, pl.y, pl.rotation].every(Number.isFinite)) return refuse('not-finite');
  return Math.abs(pl.x) > SITE_EXTENT_M || Math.abs(pl.y) > SITE_EXTENT_M ? refuse('off-site', { detail: { max: SITE_EXTENT_M } }) : null;
}

export const MAX_HALL_CODE = 16;

function nameProblem(name: Bilingual): Refusal | null {
  if (name.zh.trim() === '' && name.en.trim() === '') return refuse('name-empty');
  if (name.zh.length > 500 || name.en.length > 500) return refuse('text-too-long', { detail: { field: 'name', max: 500 } });
  return null;
}

/** Hall codes prefix booth numbers, so they must be present, short and unique (case-blind). */
function codeProblem(doc: Project, code: string, exceptHallId?: string): Refusal | null {
  const c = code.trim();
  if (c === '') return refuse('code-empty');
  if (c.length > MAX_HALL_CODE) return refuse('code-too-long', { detail: { max: MAX_HALL_CODE } });
  const clash = Object.values(doc.halls).some((h) => h.id !== exceptHallId && h.code.trim().toUpperCase() === c.toUpperCase());
  return clash ? refuse('code-taken', { detail: { code: c } }) : null;
}

function outlineProblem(outline: readonly Point[]): Refusal | null {
  if (outline.length > 1000) return refuse('too-many', { detail: { max: 1000 } });
  const p = polygonProblem(outline);
  return p ? refuse(p) : null;
}

function nextOrder(doc: Project): number {
  return Object.values(doc.halls).reduce((m, h) => Math.max(m, h.order + 1), 0);
}

export interface AddHallInput {
  name: Bilingual;
  code: string;
  /** In the hall's own frame. */
  outline: Point[];
  level?: number;
  /** Where the hall's frame lies on the site; default: right of the halls on its level. */
  placement?: HallPlacement;
}

/** Adds an empty hall at the end of the hall order, where it was drawn on the site. */
export function addHall(doc: Project, input: AddHallInput): EditResult {
  const bad = nameProblem(input.name) ?? codeProblem(doc, input.code) ?? outlineProblem(input.outline);
  if (bad) return bad;
  const level = input.level ?? 1;
  if (!Number.isInteger(level) || level < -10 || level > 100) return refuse('bad-level');
  const hall: Hall = {
    id: newId('h'),
    name: input.name,
    code: input.code.trim(),
    level,
    order: nextOrder(doc),
    outline: input.outline.map(roundPoint),
    placement: input.placement ?? freePlacement(doc, level, input.outline),
    background: null,
  };
  const off = placementCheck(hall.placement);
  if (off) return off;
  return operation(doc, 'ops.addHall', { code: hall.code }).put('halls', hall).build();
}

/** Re-prefixes a booth number from one hall code to another ("A1-105" → "B2-105"). */
export function recodeNumber(number: string, oldCode: string, newCode: string): string {
  const rest = oldCode && number.toUpperCase().startsWith(oldCode.toUpperCase()) ? number.slice(oldCode.length) : `-${number}`;
  return `${newCode}${rest}`.slice(0, MAX_NUMBER_LENGTH);
}

export interface RenameHallInput {
  name?: Bilingual;
  code?: string;
  level?: number;
  /** Also change the code at the start of this hall's booth numbers. */
  renumberBooths?: boolean;
}

/** Renames a hall (name, code, level); optionally carries a new code into its booth numbers. */
export function renameHall(doc: Project, hallId: string, input: RenameHallInput): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const bad = (input.name && nameProblem(input.name)) || (input.code !== undefined && codeProblem(doc, input.code, hallId)) || null;
  if (bad) return bad;
  if (input.level !== undefined && (!Number.isInteger(input.level) || input.level < -10 || input.level > 100)) return refuse('bad-level');
  const code = input.code?.trim() ?? hall.code;
  const builder = operation(doc, 'ops.renameHall', { code });
  builder.put('halls', { ...hall, name: input.name ?? hall.name, code, level: input.level ?? hall.level });
  if (input.renumberBooths && code !== hall.code) {
    const mine = Object.values(doc.booths).filter((b) => b.hallId === hallId && hall.code && b.number.toUpperCase().startsWith(hall.code.toUpperCase()));
    const taken = takenNumbers(doc, mine.map((b) => b.id));
    const clashes: string[] = [];
    for (const b of mine) {
      const n = recodeNumber(b.number, hall.code, code);
      if (taken.has(numberKey(n))) clashes.push(n);
      taken.add(numberKey(n));
      builder.update('booths', b.id, { number: n });
    }
    if (clashes.length) return refuse('number-taken', { numbers: clashes });
  }
  return builder.build();
}

/** Redraws a hall's outline; booth types along the walls are derived again. */
export function setHallOutline(doc: Project, hallId: string, outline: Point[]): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const bad = outlineProblem(outline);
  if (bad) return bad;
  const builder = operation(doc, 'ops.setHallOutline', { code: hall.code }).put('halls', { ...hall, outline: outline.map(roundPoint) });
  return withDerivedTypes(doc, builder).build();
}

/** Puts the halls in the given order; every hall must be listed exactly once. */
export function reorderHalls(doc: Project, orderedIds: readonly string[]): EditResult {
  const all = Object.keys(doc.halls);
  if (orderedIds.length !== all.length || new Set(orderedIds).size !== all.length || orderedIds.some((id) => !doc.halls[id])) {
    return refuse('bad-order');
  }
  const builder = operation(doc, 'ops.reorderHalls');
  orderedIds.forEach((id, i) => builder.update('halls', id, { order: i }));
  return builder.build();
}

export interface DuplicateHallInput {
  code: string;
  /** Default: the original's name. */
  name?: Bilingual;
}

/**
 * Copies a hall with its outline, background, booths and facilities (new ids throughout).
 * Booth numbers keep their pattern under the new code ("A1-105" → "A2-105"), made unique
 * if needed. Copies are free booths: claims and assignments stay with the original.
 */
export function duplicateHall(doc: Project, hallId: string, input: DuplicateHallInput): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const name = input.name ?? hall.name;
  const bad = nameProblem(name) ?? codeProblem(doc, input.code);
  if (bad) return bad;
  const code = input.code.trim();
  // The copy goes beside the original's level-mates, not on top of the original.
  const copy: Hall = { ...hall, id: newId('h'), name, code, order: nextOrder(doc), placement: { ...freePlacement(doc, hall.level, hall.outline), rotation: hall.placement.rotation } };
  const builder = operation(doc, 'ops.duplicateHall', { code });
  builder.put('halls', copy);
  const taken = takenNumbers(doc);
  const booths: Booth[] = Object.values(doc.booths).filter((b) => b.hallId === hallId);
  for (const b of booths) builder.put('booths', copyBooth(b, { hallId: copy.id, number: uniqueNumber(recodeNumber(b.number, hall.code, code), taken) }));
  for (const f of Object.values(doc.facilities)) if (f.hallId === hallId) builder.put('facilities', { ...f, id: newId('f'), hallId: copy.id });
  return withDerivedTypes(doc, builder).build();
}
