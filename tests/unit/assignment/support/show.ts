import { expect } from 'vitest';
import { createProject } from '../../../../shared/model/create';
import { Booth, Exhibitor, Hall, Zone } from '../../../../shared/model/entities';
import { Project, checkIntegrity } from '../../../../shared/model/project';
import { applyOperation } from '../../../../shared/ops/operation';
import type { CommandResult } from '../../../../shared/assignment/types';
import type { z } from 'zod';

export const CTX = { by: 'Li Wei', at: '2026-09-01T08:00:00.000Z' };

/** A test show: hall H1 (60 × 40 m) with a row of ten 3 × 3 m booths A01–A10 along y = 0. */
export function buildShow(): Project {
  const doc = createProject({ name: { zh: '测试展', en: 'Test Show' } });
  doc.halls.h1 = Hall.parse({ id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'H1', order: 0, outline: [[0, 0], [60, 0], [60, 40], [0, 40]] });
  for (let i = 1; i <= 10; i++) {
    const id = `b${i}`;
    doc.booths[id] = Booth.parse({ id, hallId: 'h1', number: `A${String(i).padStart(2, '0')}`, shape: { type: 'rect', x: (i - 1) * 3, y: 0, w: 3, h: 3 } });
  }
  return doc;
}

export function addExhibitor(doc: Project, input: Partial<z.input<typeof Exhibitor>> & { id: string }): Exhibitor {
  const ex = Exhibitor.parse({ name: { zh: input.id, en: input.id }, country: 'CN', ...input });
  doc.exhibitors[ex.id] = ex;
  return ex;
}

export function addBooth(doc: Project, input: Partial<z.input<typeof Booth>> & { id: string; number: string; shape: z.input<typeof Booth>['shape'] }): Booth {
  const b = Booth.parse({ hallId: 'h1', ...input });
  doc.booths[b.id] = b;
  return b;
}

export function addZone(doc: Project, input: Partial<z.input<typeof Zone>> & { id: string }): Zone {
  const z = Zone.parse({ kind: 'theme', name: { zh: input.id, en: input.id }, color: '#336699', ...input });
  doc.zones[z.id] = z;
  return z;
}

/** Applies a successful command's operation and checks the result is a valid, consistent project. */
export function apply(doc: Project, res: CommandResult): Project {
  if (!res.ok) throw new Error(`refused: ${res.refusals.map((r) => r.message).join('; ')}`);
  const next = applyOperation(doc, res.op);
  expect(checkIntegrity(next)).toEqual([]);
  expect(Project.safeParse(next).success).toBe(true);
  return next;
}

export function refusals(res: CommandResult) {
  if (res.ok) throw new Error('expected a refusal');
  return res.refusals;
}
