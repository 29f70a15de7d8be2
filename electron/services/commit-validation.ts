import { ProjectSettings } from '../../shared/model/entities';
import { formatPath } from '../../shared/model/load';
import { checkIntegrityOfChanges } from '../../shared/model/integrity-changes';
import { ENTITY_SCHEMAS, type Project } from '../../shared/model/project';
import type { Operation } from '../../shared/ops/operation';

/**
 * Checks the document a commit produces, with the same rules as `validateProject` but only
 * where they can have changed: every entity the operations touched is checked against its
 * schema, and the cross-record rules are checked where the touched entities can have broken
 * them (`checkIntegrityOfChanges`). The document before the commit was valid (validated when
 * opened, and by induction after every commit), so this accepts exactly what
 * `validateProject` accepts. The full schema pass takes ~250 ms at 7,500 booths, and
 * `checkIntegrity` alone ~40 ms at 20,000, both blocking the process (in Electron, the main
 * process: menus and window handling freeze); this takes well under 1 ms for an assignment.
 */
export function validateCommit(next: Project, ops: readonly Operation[], limit = 20): { ok: true } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  if (!Number.isInteger(next.revision) || next.revision < 0) add(`revision: ${String(next.revision)} is not a revision`);
  const seen = new Set<string>();
  for (const op of ops) {
    for (const ch of op.changes) {
      const key = ch.c === 'settings' ? 'settings' : `${ch.c}\u0000${ch.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The entity as it ends up after all operations (a later one may have removed it).
      const entity = ch.c === 'settings' ? next.settings : (next[ch.c] as Record<string, unknown>)[ch.id];
      if (entity === undefined) continue;
      const schema = ch.c === 'settings' ? ProjectSettings : ENTITY_SCHEMAS[ch.c];
      const res = schema.safeParse(entity);
      if (!res.success) {
        const prefix = ch.c === 'settings' ? ['settings'] : [ch.c, ch.id];
        for (const issue of res.error.issues) add(`${formatPath([...prefix, ...issue.path])}: ${issue.message}`);
      }
    }
  }
  for (const issue of checkIntegrityOfChanges(next, ops)) add(`${formatPath(issue.path)}: ${issue.message}`);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
