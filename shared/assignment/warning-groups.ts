import type { Project } from '../model/project';
import { entryOf } from '../model/project';
import type { AssignmentWarning, WarningKind } from './warnings';

export interface WarningGroup {
  kind: WarningKind;
  /** Hall of the warning's first booth; null when its booths are gone. */
  hallId: string | null;
  warnings: AssignmentWarning[];
}

/** The order kinds are listed in: what breaks a rule first, then what staff may accept. */
export const WARNING_KIND_ORDER: readonly WarningKind[] = ['zone-country', 'zone-sector', 'competitor-near', 'area-under', 'booths-under', 'area-over', 'booths-over'];

/**
 * Warnings grouped by kind, then by hall (in the halls' order), each warning once: 635
 * warnings read as a dozen headings with counts rather than one flat list.
 */
export function groupWarnings(doc: Pick<Project, 'booths' | 'halls'>, warnings: readonly AssignmentWarning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const w of warnings) {
    const first = w.boothIds[0];
    const hallId = (first && entryOf(doc.booths, first)?.hallId) || null;
    const key = `${w.kind}\u0000${hallId ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind: w.kind, hallId, warnings: [] }));
    g.warnings.push(w);
  }
  const hallOrder = (id: string | null) => (id ? (entryOf(doc.halls, id)?.order ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  return [...groups.values()].sort((a, b) => WARNING_KIND_ORDER.indexOf(a.kind) - WARNING_KIND_ORDER.indexOf(b.kind) || hallOrder(a.hallId) - hallOrder(b.hallId));
}
