import { Zone } from '../model/entities';
import { newId } from '../model/ids';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { resolveBooths } from './commands';
import { OP_LABELS } from './labels';
import { plainRefusal } from './occupancy';
import type { CommandResult, Refusal } from './types';
import { entryOf } from '../model/project';

export type ZoneInput = Omit<Zone, 'id' | 'sectors' | 'countries'> & { sectors?: string[]; countries?: string[] };

function invalid(problems: string[]): Refusal {
  return { ...plainRefusal('invalid', `Invalid zone: ${problems.join('; ')}`), problems };
}

function validate(z: unknown): { ok: true; zone: Zone } | { ok: false; refusal: Refusal } {
  const res = Zone.safeParse(z);
  if (res.success) return { ok: true, zone: res.data };
  return { ok: false, refusal: invalid(res.error.issues.map((i) => `${i.path.join('.') || '(zone)'}: ${i.message}`)) };
}

function zoneArgs(z: Pick<Zone, 'name'>) {
  return { zoneZh: z.name.zh, zoneEn: z.name.en };
}

/** Creates a theme zone or country pavilion. Returns the new zone's id with the operation. */
export function createZone(doc: Project, input: ZoneInput, id = newId('z')): CommandResult & { zoneId?: string } {
  const v = validate({ ...input, id });
  if (!v.ok) return { ok: false, refusals: [v.refusal] };
  const op = operation(doc, OP_LABELS.createZone, zoneArgs(v.zone)).put('zones', v.zone).build();
  return { ok: true, op, zoneId: id };
}

/** Changes a zone's name, colour, kind or allowed sectors/countries. */
export function editZone(doc: Project, zoneId: string, patch: Partial<Omit<Zone, 'id'>>): CommandResult {
  const cur = entryOf(doc.zones, zoneId);
  if (!cur) return { ok: false, refusals: [plainRefusal('unknown-zone', `Zone ${zoneId} does not exist`, { zone: zoneId })] };
  const v = validate({ ...cur, ...patch, id: zoneId });
  if (!v.ok) return { ok: false, refusals: [v.refusal] };
  return { ok: true, op: operation(doc, OP_LABELS.editZone, zoneArgs(v.zone)).put('zones', v.zone).build() };
}

/** Deletes a zone; its booths become zone-less and exhibitors forget it as a preferred zone. */
export function deleteZone(doc: Project, zoneId: string): CommandResult {
  const cur = entryOf(doc.zones, zoneId);
  if (!cur) return { ok: false, refusals: [plainRefusal('unknown-zone', `Zone ${zoneId} does not exist`, { zone: zoneId })] };
  const b = operation(doc, OP_LABELS.deleteZone, zoneArgs(cur));
  for (const booth of Object.values(doc.booths)) if (booth.zoneId === zoneId) b.update('booths', booth.id, { zoneId: null });
  for (const ex of Object.values(doc.exhibitors)) {
    if (ex.preferredZones.includes(zoneId)) b.update('exhibitors', ex.id, { preferredZones: ex.preferredZones.filter((z) => z !== zoneId) });
  }
  b.remove('zones', zoneId);
  return { ok: true, op: b.build() };
}

/** Paints booths into a zone, or out of any zone with `zoneId` null. */
export function paintBoothsZone(doc: Project, req: { boothIds: readonly string[]; zoneId: string | null }): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const zone = req.zoneId ? entryOf(doc.zones, req.zoneId) : null;
  if (req.zoneId && !zone) refusals.push(plainRefusal('unknown-zone', `Zone ${req.zoneId} does not exist`, { zone: req.zoneId }));
  if (refusals.length) return { ok: false, refusals };
  const b = operation(doc, OP_LABELS.paintZone, { count: booths.length, zoneZh: zone?.name.zh ?? '', zoneEn: zone?.name.en ?? '' });
  for (const booth of booths) b.update('booths', booth.id, { zoneId: req.zoneId });
  return { ok: true, op: b.build() };
}
