import type { z } from 'zod';
import { Exhibitor } from '../model/entities';
import { newId } from '../model/ids';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { exhibitorIndex } from '../assignment/by-exhibitor';
import { plainRefusal, setOccupancy } from '../assignment/occupancy';
import type { CommandResult, Refusal } from '../assignment/types';

export const EXHIBITOR_LABELS = {
  add: 'ops.addExhibitor',
  edit: 'ops.editExhibitor',
  delete: 'ops.deleteExhibitors',
} as const;

/** What a new exhibitor needs; everything else takes the schema's defaults. */
export type ExhibitorInput = Omit<z.input<typeof Exhibitor>, 'id'>;

function invalid(problems: string[]): Refusal {
  return { ...plainRefusal('invalid', `Invalid exhibitor: ${problems.join('; ')}`), problems };
}

function check(doc: Project, candidate: unknown): { ok: true; ex: Exhibitor } | { ok: false; refusals: Refusal[] } {
  const res = Exhibitor.safeParse(candidate);
  if (!res.success) return { ok: false, refusals: [invalid(res.error.issues.map((i) => `${i.path.join('.') || '(exhibitor)'}: ${i.message}`))] };
  const ex = res.data;
  const refusals: Refusal[] = [];
  if (!ex.name.zh.trim() && !ex.name.en.trim()) refusals.push(invalid(['name: a Chinese or English name is required']));
  for (const id of ex.competitors) {
    if (id === ex.id || !doc.exhibitors[id]) refusals.push(plainRefusal('unknown-exhibitor', `Competitor ${id} is not an exhibitor of this show`, { exhibitor: id }));
  }
  for (const id of ex.preferredZones) {
    if (!doc.zones[id]) refusals.push(plainRefusal('unknown-zone', `Zone ${id} does not exist`, { zone: id }));
  }
  return refusals.length ? { ok: false, refusals } : { ok: true, ex };
}

/** Adds an exhibitor, validated against the schema; returns its new id with the operation. */
export function addExhibitor(doc: Project, input: ExhibitorInput, id = newId('ex')): CommandResult & { exhibitorId?: string } {
  const v = check(doc, { ...input, id });
  if (!v.ok) return v;
  const op = operation(doc, EXHIBITOR_LABELS.add, { exhibitorZh: v.ex.name.zh, exhibitorEn: v.ex.name.en }).put('exhibitors', v.ex).build();
  return { ok: true, op, exhibitorId: id };
}

/** Changes an exhibitor's fields; nested objects (name, contact, requested…) are replaced whole. */
export function editExhibitor(doc: Project, id: string, patch: Partial<Omit<Exhibitor, 'id'>>): CommandResult {
  const cur = doc.exhibitors[id];
  if (!cur) return { ok: false, refusals: [plainRefusal('unknown-exhibitor', `Exhibitor ${id} does not exist`, { exhibitor: id })] };
  const v = check(doc, { ...cur, ...patch, id });
  if (!v.ok) return v;
  return { ok: true, op: operation(doc, EXHIBITOR_LABELS.edit, { exhibitorZh: v.ex.name.zh, exhibitorEn: v.ex.name.en }).put('exhibitors', v.ex).build() };
}

/**
 * Deletes exhibitors. In the same operation their booths are unassigned, their holds and
 * reservations released, and other exhibitors' competitor lists forget them, so the show stays
 * consistent and one undo brings everything back.
 */
export function deleteExhibitors(doc: Project, ids: readonly string[]): CommandResult {
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !doc.exhibitors[id]);
  if (missing.length) return { ok: false, refusals: missing.map((id) => plainRefusal('unknown-exhibitor', `Exhibitor ${id} does not exist`, { exhibitor: id })) };
  if (!unique.length) return { ok: false, refusals: [plainRefusal('unknown-exhibitor', 'No exhibitor was given')] };
  const gone = new Set(unique);
  const first = doc.exhibitors[unique[0]!]!;
  const b = operation(doc, EXHIBITOR_LABELS.delete, { count: unique.length, exhibitorZh: first.name.zh, exhibitorEn: first.name.en });
  const index = exhibitorIndex(doc);
  for (const id of unique) {
    const mine = index.byExhibitor.get(id);
    for (const booth of [...(mine?.assigned ?? []), ...(mine?.claimed ?? [])]) setOccupancy(b, booth.id, { kind: 'available' }, null);
  }
  for (const ex of Object.values(doc.exhibitors)) {
    if (gone.has(ex.id)) continue;
    if (ex.competitors.some((c) => gone.has(c))) b.update('exhibitors', ex.id, { competitors: ex.competitors.filter((c) => !gone.has(c)) });
  }
  for (const id of unique) b.remove('exhibitors', id);
  return { ok: true, op: b.build() };
}
