import { plainRefusal } from '../assignment/occupancy';
import type { CommandResult, Refusal } from '../assignment/types';
import type { Project } from '../model/project';
import { operation } from '../ops/build';

export const BULK_LABELS = { sectors: 'sales.ops.sectors' } as const;

/** `add`: the sectors join each exhibitor's own; `replace`: they become its only sectors; `remove`: they are taken off. */
export type SectorMode = 'add' | 'replace' | 'remove';

/**
 * Sets sectors on many exhibitors as one operation (one undo step). Exhibitors whose sectors
 * would not change are left out of the operation.
 */
export function setExhibitorSectors(doc: Project, ids: readonly string[], sectors: readonly string[], mode: SectorMode): CommandResult {
  const unique = [...new Set(ids)];
  const refusals: Refusal[] = [];
  if (!unique.length) refusals.push(plainRefusal('unknown-exhibitor', 'No exhibitor was given'));
  for (const id of unique) if (!doc.exhibitors[id]) refusals.push(plainRefusal('unknown-exhibitor', `Exhibitor ${id} does not exist`, { exhibitor: id }));
  const clean = [...new Set(sectors.map((s) => s.trim()).filter(Boolean))];
  if (clean.some((s) => s.length > 64)) refusals.push({ ...plainRefusal('invalid', 'A sector is longer than 64 characters'), problems: ['sectors: at most 64 characters each'] });
  if (mode !== 'replace' && clean.length === 0) refusals.push({ ...plainRefusal('invalid', 'No sector was given'), problems: ['sectors: choose at least one'] });
  if (refusals.length) return { ok: false, refusals };
  const b = operation(doc, BULK_LABELS.sectors, { count: unique.length });
  for (const id of unique) {
    const cur = doc.exhibitors[id]!.sectors;
    const next = mode === 'replace' ? clean : mode === 'add' ? [...new Set([...cur, ...clean])] : cur.filter((s) => !clean.includes(s));
    if (next.length > 50) return { ok: false, refusals: [{ ...plainRefusal('invalid', 'An exhibitor can have at most 50 sectors'), problems: ['sectors: at most 50'] }] };
    b.update('exhibitors', id, { sectors: next });
  }
  return { ok: true, op: b.build() };
}
