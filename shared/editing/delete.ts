import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { withDerivedTypes } from './derive';
import { type EditResult } from './result';
import { resolveSelection, type Selection } from './scene';

/**
 * Deletes booths and facilities. A deleted booth's assignment record goes with it (the
 * record is keyed by booth id and would dangle); history entries are left alone. Neighbours
 * get their open sides re-derived. Undo restores everything.
 */
export function deleteItems(doc: Project, sel: Selection): EditResult {
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  const builder = operation(doc, 'ops.deleteItems', { count: r.booths.length + r.facilities.length });
  for (const b of r.booths) {
    builder.remove('booths', b.id);
    if (doc.assignments[b.id]) builder.remove('assignments', b.id);
  }
  for (const f of r.facilities) builder.remove('facilities', f.id);
  return withDerivedTypes(doc, builder).build();
}
