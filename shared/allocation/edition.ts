import { shapeBBox } from '../geometry/polygon';
import type { PreviousBooth } from '../model/allocation-fields';
import type { Booth, Exhibitor } from '../model/entities';
import { newId } from '../model/ids';
import type { Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import type { Operation } from '../ops/operation';

export interface NewEditionOptions {
  name: Bilingual;
  start: string | null;
  end: string | null;
  /** Today, YYYY-MM-DD: offers to returning exhibitors are held until `offerDays` after it. */
  today: string;
  offerDays?: number;
}

export interface NewEditionResult {
  project: Project;
  /** Exhibitors who had booths last time. */
  returning: number;
  /** Booths put on hold for their previous exhibitor. */
  offered: number;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s·.,()（）'’"-]|co\.?|ltd\.?|inc\.?|有限公司|股份|集团/g, '');

/**
 * Matches this edition's exhibitors to last edition's: by id, else by a strong name match
 * (the Chinese or English name equal after dropping spaces, punctuation and company suffixes).
 * Returns new id → old id.
 */
export function matchReturning(last: Readonly<Record<string, Exhibitor>>, next: readonly Exhibitor[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const ex of Object.values(last)) {
    for (const n of [ex.name.zh, ex.name.en]) {
      const k = norm(n);
      if (k.length >= 4) byName.set(k, byName.has(k) && byName.get(k) !== ex.id ? '' : ex.id);
    }
  }
  const out = new Map<string, string>();
  for (const ex of next) {
    if (last[ex.id]) {
      out.set(ex.id, ex.id);
      continue;
    }
    const hit = [ex.name.zh, ex.name.en].map((n) => byName.get(norm(n))).find((id) => !!id);
    if (hit) out.set(ex.id, hit);
  }
  return out;
}

/** Where an exhibitor stood last time: its assigned booths by number and centre. */
export function previousBoothsOf(last: Project): Map<string, PreviousBooth[]> {
  const out = new Map<string, PreviousBooth[]>();
  for (const a of Object.values(last.assignments)) {
    const b = last.booths[a.boothId];
    if (!b) continue;
    const box = shapeBBox(b.shape);
    const entry: PreviousBooth = { number: b.number, hallCode: last.halls[b.hallId]?.code ?? '', x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
    out.set(a.exhibitorId, [...(out.get(a.exhibitorId) ?? []), entry]);
  }
  return out;
}

/**
 * A new show from last year's file: layout, zones, facilities, drawings, rate card and
 * exhibitors copied; dates, statuses, assignments and history reset (blocked booths stay
 * blocked: a hydrant does not move). Returning exhibitors count one more year exhibited,
 * remember their booths, and have them held for them, so they are offered first.
 */
export function newEdition(last: Project, opts: NewEditionOptions): NewEditionResult {
  const previous = previousBoothsOf(last);
  const until = addDays(opts.today, opts.offerDays ?? 30);
  const exhibitors: Project['exhibitors'] = {};
  for (const ex of Object.values(last.exhibitors)) {
    const prev = previous.get(ex.id) ?? [];
    exhibitors[ex.id] = {
      ...ex,
      allocation: {
        ...ex.allocation,
        yearsExhibited: ex.allocation.yearsExhibited + (prev.length ? 1 : 0),
        depositDate: null,
        previousBooths: prev.slice(0, 50),
      },
    };
  }
  const booths: Project['booths'] = {};
  let offered = 0;
  for (const b of Object.values(last.booths)) {
    const owner = last.assignments[b.id]?.exhibitorId;
    const next: Booth = { ...b, status: b.status === 'blocked' ? 'blocked' : 'available', claim: b.status === 'blocked' ? b.claim : null };
    if (owner && exhibitors[owner]) {
      next.status = 'hold';
      next.claim = { exhibitorId: owner, until, note: 'Offered to returning exhibitor: last edition’s booth / 回头展商：上届展位' };
      offered++;
    }
    booths[b.id] = next;
  }
  const project: Project = {
    ...last,
    revision: 0,
    settings: { ...last.settings, id: newId('prj'), name: opts.name, event: { start: opts.start, end: opts.end } },
    booths,
    exhibitors,
    assignments: {},
    history: [],
  };
  return { project, returning: previous.size, offered };
}

/**
 * Fills a freshly created, empty show with a new edition in one operation: settings (rate
 * card, rules, site levels), halls, zones, booths, exhibitors and facilities. Venue drawings
 * are files beside the old show, so hall and site drawings are left out.
 */
export function editionOperation(empty: Project, edition: Project, label = 'ops.newEdition'): Operation {
  const b = operation(empty, label, { name: edition.settings.name.en || edition.settings.name.zh });
  const s = edition.settings;
  b.settings({ currency: s.currency, rateCard: s.rateCard, minAisle: s.minAisle, allocation: s.allocation, site: { ...s.site, drawing: null } });
  for (const h of Object.values(edition.halls)) b.put('halls', { ...h, background: null });
  for (const z of Object.values(edition.zones)) b.put('zones', z);
  for (const booth of Object.values(edition.booths)) b.put('booths', booth);
  for (const ex of Object.values(edition.exhibitors)) b.put('exhibitors', ex);
  for (const f of Object.values(edition.facilities)) b.put('facilities', f);
  return b.build();
}
