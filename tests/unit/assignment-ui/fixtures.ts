import { Booth, Exhibitor, Hall, Zone } from '../../../shared/model/entities';
import { createProject } from '../../../shared/model/create';
import type { Project } from '../../../shared/model/project';

/** A hall of `n` 10 × 10 m booths b1…bn (A-001…), no exhibitors yet. */
export function show(n = 4): Project {
  const p = createProject({ name: { zh: '测试展', en: 'Test Show' } });
  p.halls.h1 = Hall.parse({ id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', order: 0, outline: [[0, 0], [20 * n, 0], [20 * n, 30], [0, 30]] });
  for (let i = 1; i <= n; i++) {
    p.booths[`b${i}`] = Booth.parse({ id: `b${i}`, hallId: 'h1', number: `A-00${i}`, shape: { type: 'rect', x: (i - 1) * 12, y: 0, w: 10, h: 10 } });
  }
  return p;
}

export function exhibitor(id: string, en: string, zh: string, country: string, extra: Partial<Exhibitor> = {}): Exhibitor {
  return Exhibitor.parse({ id, name: { zh, en }, country, ...extra });
}

export function zone(id: string, color: string): Zone {
  return Zone.parse({ id, kind: 'theme', name: { zh: `展区${id}`, en: `Zone ${id}` }, color });
}

/** Assigns booths directly (test set-up, not through commands). */
export function assign(p: Project, boothId: string, exhibitorId: string): void {
  p.booths[boothId] = { ...p.booths[boothId]!, status: 'assigned', claim: null };
  p.assignments[boothId] = { id: boothId, boothId, exhibitorId, at: '2026-01-01T00:00:00.000Z', by: 'test' };
}
