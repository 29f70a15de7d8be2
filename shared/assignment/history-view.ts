import type { HistoryEntry } from '../model/entities';
import type { Project } from '../model/project';
import { entryOf } from '../model/project';
import { exhibitorMatcher } from '../exhibitors/search';
import { foldForSearch } from '../exhibitors/text';

/** Every kind of change the history records, in the order the filter offers them. */
export const HISTORY_ACTIONS: readonly HistoryEntry['action'][] = ['assign', 'unassign', 'hold', 'release', 'reserve', 'block', 'unblock', 'expire'];

export interface HistoryFilter {
  /** Who made the change (as recorded); empty = anyone. */
  people?: readonly string[];
  actions?: readonly HistoryEntry['action'][];
  /** Booth number, or part of one. */
  booth?: string;
  /** Words to find in the exhibitor's names (either language, pinyin). */
  exhibitor?: string;
}

export interface HistoryRow {
  entry: HistoryEntry;
  boothNumber: string;
  /** Hall of the booth, when it still exists. */
  hallId: string | null;
}

/**
 * The show-wide history, newest first, narrowed by person, kind of change, booth and
 * exhibitor. Entries about booths or exhibitors since deleted stay (the booth id stands in
 * for its number): history is what happened, not what is left.
 */
export function historyRows(doc: Pick<Project, 'history' | 'booths' | 'exhibitors'>, filter: HistoryFilter = {}): HistoryRow[] {
  const people = filter.people?.length ? new Set(filter.people) : null;
  const actions = filter.actions?.length ? new Set(filter.actions) : null;
  const booth = foldForSearch(filter.booth?.trim() ?? '');
  const exhibitor = exhibitorMatcher(filter.exhibitor ?? '');
  const out: HistoryRow[] = [];
  for (let i = doc.history.length - 1; i >= 0; i--) {
    const entry = doc.history[i]!;
    if (people && !people.has(entry.by)) continue;
    if (actions && !actions.has(entry.action)) continue;
    const b = entryOf(doc.booths, entry.boothId);
    const boothNumber = b?.number ?? entry.boothId;
    if (booth && !foldForSearch(boothNumber).includes(booth)) continue;
    if (exhibitor) {
      const ex = entry.exhibitorId ? entryOf(doc.exhibitors, entry.exhibitorId) : undefined;
      if (!ex || !exhibitor(ex, [])) continue;
    }
    out.push({ entry, boothNumber, hallId: b?.hallId ?? null });
  }
  return out;
}

/** Everyone named in the history, for the person filter, in order of first appearance. */
export function historyPeople(doc: Pick<Project, 'history'>): string[] {
  return [...new Set(doc.history.map((h) => h.by))];
}
