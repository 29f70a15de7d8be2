import { createProject } from '../../../shared/model/create';
import { Booth, Exhibitor, Hall, Zone } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import type { z } from 'zod';

export const CTX = { by: 'Li Wei', at: '2026-09-01T08:00:00.000Z' };

/**
 * Hall H1 with `rows` rows of `cols` 3 × 3 m booths; rows come in back-to-back pairs (rows 0–1
 * touch, an aisle of 3 m, rows 2–3 touch …). Booth ids r{row}c{col}, numbers A{row}{col}.
 */
export function grid(rows: number, cols: number): Project {
  const doc = createProject({ name: { zh: '测试展', en: 'Test Show' } });
  doc.halls.h1 = Hall.parse({ id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'H1', order: 0, outline: [[0, 0], [cols * 3 + 10, 0], [cols * 3 + 10, rows * 6 + 10], [0, rows * 6 + 10]] });
  for (let r = 0; r < rows; r++) {
    const y = Math.floor(r / 2) * 9 + (r % 2) * 3;
    for (let c = 0; c < cols; c++) {
      const id = `r${r}c${c}`;
      doc.booths[id] = Booth.parse({ id, hallId: 'h1', number: `A${r}${String(c).padStart(2, '0')}`, shape: { type: 'rect', x: c * 3, y, w: 3, h: 3 } });
    }
  }
  return doc;
}

export function addHall(doc: Project, id: string, code: string, order: number): void {
  doc.halls[id] = Hall.parse({ id, name: { zh: code, en: code }, code, order, outline: [[0, 0], [100, 0], [100, 100], [0, 100]] });
}

export function exhibitor(doc: Project, input: Partial<z.input<typeof Exhibitor>> & { id: string }): Exhibitor {
  const ex = Exhibitor.parse({ name: { zh: input.id, en: input.id }, country: 'CN', ...input });
  doc.exhibitors[ex.id] = ex;
  return ex;
}

export function zone(doc: Project, input: Partial<z.input<typeof Zone>> & { id: string }, boothIds: string[]): Zone {
  const zn = Zone.parse({ kind: 'theme', name: { zh: input.id, en: input.id }, color: '#336699', ...input });
  doc.zones[zn.id] = zn;
  for (const id of boothIds) doc.booths[id] = { ...doc.booths[id]!, zoneId: zn.id };
  return zn;
}

export function assign(doc: Project, boothId: string, exhibitorId: string): void {
  doc.booths[boothId] = { ...doc.booths[boothId]!, status: 'assigned' };
  doc.assignments[boothId] = { id: boothId, boothId, exhibitorId, at: CTX.at, by: '' };
}
