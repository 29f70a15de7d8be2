import { createProject } from '../../../shared/model/create';
import type { Project } from '../../../shared/model/project';
import { Booth, Exhibitor, Hall } from '../../../shared/model/entities';
import type { Point } from '../../../shared/model/primitives';
import type { OpenedProject } from '../../../shared/ipc/contract';

/** A rectangular hall `w` × `h` metres, its origin at (`x`, `y`) on the site. */
export function hall(id: string, order: number, w: number, h: number, code = id.toUpperCase(), x = 0, y = 0, level = 1): Hall {
  return Hall.parse({ id, name: { zh: `${code}馆`, en: `Hall ${code}` }, code, order, level, outline: [[0, 0], [w, 0], [w, h], [0, h]], placement: { x, y, rotation: 0 } });
}

export function rectBooth(id: string, hallId: string, x: number, y: number, w = 3, h = 3, extra: Partial<Booth> = {}): Booth {
  return Booth.parse({ id, hallId, number: id.toUpperCase(), shape: { type: 'rect', x, y, w, h }, ...extra });
}

export function polygonBooth(id: string, hallId: string, points: Point[], extra: Partial<Booth> = {}): Booth {
  return Booth.parse({ id, hallId, number: id.toUpperCase(), shape: { type: 'polygon', points }, ...extra });
}

export function exhibitor(id: string, en: string, zh: string, country = 'CN'): Exhibitor {
  return Exhibitor.parse({ id, name: { zh, en }, country });
}

export function project(parts: { halls?: Hall[]; booths?: Booth[]; exhibitors?: Exhibitor[] } = {}): Project {
  const p = createProject({ name: { zh: '测试展', en: 'Test Show' } });
  for (const h of parts.halls ?? []) p.halls[h.id] = h;
  for (const b of parts.booths ?? []) p.booths[b.id] = b;
  for (const e of parts.exhibitors ?? []) p.exhibitors[e.id] = e;
  return p;
}

export function opened(p: Project, handle = 'h1', path = '/tmp/test.pavilion.json'): OpenedProject {
  return { handle, path, project: p, readOnly: false, migratedFrom: null };
}
