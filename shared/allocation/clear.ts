import type { Project } from '../model/project';

/** The show with every assignment taken away (holds, reservations and blocks kept): the floor a fresh allocation starts from. */
export function withoutAssignments(doc: Project): Project {
  const booths: Project['booths'] = {};
  for (const [id, b] of Object.entries(doc.booths)) booths[id] = b.status === 'assigned' ? { ...b, status: 'available', claim: null } : b;
  return { ...doc, booths, assignments: {} };
}
