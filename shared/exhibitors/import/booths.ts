import type { Booth } from '../../model/entities';
import type { Project } from '../../model/project';
import type { OperationBuilder } from '../../ops/build';
import { occupancyOf, setOccupancy } from '../../assignment/occupancy';
import type { ActionContext } from '../../assignment/types';
import { normalizeKey } from '../text';

/**
 * What became of one booth number a row carries: `free` can be assigned (or was, when the
 * import assigns); `already` is the exhibitor's already; `taken` is assigned, held or reserved
 * for someone else, or blocked; `missing` is no booth of the show; `ambiguous` is several.
 */
export interface BoothOutcome {
  row: number;
  number: string;
  exhibitorId: string;
  boothId: string | null;
  status: 'free' | 'already' | 'taken' | 'missing' | 'ambiguous';
  assigned: boolean;
}

/** Booths by number, compared width-, case- and punctuation-insensitively ("a001" finds "A-001"). */
function boothsByNumber(doc: Project): Map<string, Booth[]> {
  const map = new Map<string, Booth[]>();
  for (const b of Object.values(doc.booths)) {
    const k = normalizeKey(b.number);
    const list = map.get(k);
    if (list) list.push(b);
    else map.set(k, [b]);
  }
  return map;
}

/**
 * The booths the rows name, each checked against the show as it stands in the builder. With
 * `assign`, free ones are assigned to the row's exhibitor in the same operation; nothing
 * else about any booth changes.
 */
export function planBooths(
  doc: Project,
  b: OperationBuilder,
  requests: readonly { row: number; exhibitorId: string; numbers: readonly string[] }[],
  opts: { assign: boolean; context: ActionContext | null },
): BoothOutcome[] {
  if (!requests.length) return [];
  const byNumber = boothsByNumber(doc);
  const out: BoothOutcome[] = [];
  const wanted = new Set<string>();
  for (const r of requests) {
    for (const number of r.numbers) {
      const found = byNumber.get(normalizeKey(number)) ?? [];
      const base = { row: r.row, number, exhibitorId: r.exhibitorId, assigned: false };
      if (found.length !== 1) {
        out.push({ ...base, boothId: null, status: found.length ? 'ambiguous' : 'missing' });
        continue;
      }
      const booth = b.get('booths', found[0]!.id)!;
      const o = occupancyOf(b, booth);
      const mine = (o.kind === 'assigned' && o.exhibitorId === r.exhibitorId) || ((o.kind === 'hold' || o.kind === 'reserved') && o.claim.exhibitorId === r.exhibitorId);
      if (o.kind === 'assigned' && o.exhibitorId === r.exhibitorId) out.push({ ...base, boothId: booth.id, status: 'already' });
      // Two rows naming one booth: the first gets it.
      else if ((o.kind === 'available' || mine) && !wanted.has(booth.id)) {
        wanted.add(booth.id);
        if (opts.assign) setOccupancy(b, booth.id, { kind: 'assigned', exhibitorId: r.exhibitorId }, opts.context);
        out.push({ ...base, boothId: booth.id, status: 'free', assigned: opts.assign });
      } else out.push({ ...base, boothId: booth.id, status: 'taken' });
    }
  }
  return out;
}
