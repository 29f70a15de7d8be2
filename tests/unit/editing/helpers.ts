import { expect } from 'vitest';
import { createProject } from '../../../shared/model/create';
import type { Booth, Facility, Hall } from '../../../shared/model/entities';
import type { AreaShape, Point } from '../../../shared/model/primitives';
import { Project, type Project as ProjectDoc } from '../../../shared/model/project';
import { applyOperation, invertOperation, jsonEqual, type Operation } from '../../../shared/ops/operation';
import { newBooth } from '../../../shared/editing/factory';
import { isRefusal, type EditResult, type Refusal } from '../../../shared/editing/result';
import { deriveOpenSides } from '../../../shared/editing/derive';

export function rectHall(id: string, w: number, h: number, code = 'A1', order = 0): Hall {
  return {
    id,
    name: { zh: `${code}馆`, en: `Hall ${code}` },
    code,
    level: 1,
    order,
    outline: [
      [0, 0],
      [w, 0],
      [w, h],
      [0, h],
    ],
    placement: { x: 0, y: 0, rotation: 0 },
    background: null,
  };
}

/** An empty show with one rectangular hall `h1` (default 200 × 100 m). */
export function emptyShow(w = 200, h = 100): ProjectDoc {
  const doc = createProject({ name: { zh: '测试展', en: 'Test show' } });
  return { ...doc, halls: { h1: rectHall('h1', w, h) } };
}

export function rect(x: number, y: number, w: number, h: number, rotation = 0): AreaShape {
  return { type: 'rect', x, y, w, h, rotation };
}

export function withBooths(doc: ProjectDoc, booths: { id: string; shape: AreaShape; number?: string; hallId?: string }[]): ProjectDoc {
  const next = { ...doc, booths: { ...doc.booths } };
  for (const b of booths) next.booths[b.id] = newBooth({ id: b.id, hallId: b.hallId ?? 'h1', number: b.number ?? b.id.toUpperCase(), shape: b.shape });
  // Fixtures start consistent, as the editor keeps them.
  for (const [id, d] of deriveOpenSides(next)) next.booths[id] = { ...next.booths[id]!, ...d };
  return next;
}

export function withFacility(doc: ProjectDoc, f: Facility): ProjectDoc {
  return { ...doc, facilities: { ...doc.facilities, [f.id]: f } };
}

export function expectOp(r: EditResult): Operation {
  if (isRefusal(r)) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r;
}

export function expectRefusal(r: EditResult | Refusal | object, reason: Refusal['reason']): Refusal {
  expect(isRefusal(r), `expected refusal ${reason}`).toBe(true);
  expect((r as Refusal).reason).toBe(reason);
  return r as Refusal;
}

/**
 * Applies an operation and checks what every command must guarantee: the result is a valid
 * project, undo brings back exactly the original, redo the result again, and the stored
 * open sides and types agree with a full recomputation.
 */
export function applyChecked(doc: ProjectDoc, r: EditResult): ProjectDoc {
  const op = expectOp(r);
  const next = applyOperation(doc, op);
  const parsed = Project.safeParse(next);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const back = applyOperation(next, invertOperation(op));
  expect(jsonEqual(back, doc)).toBe(true);
  expect(jsonEqual(applyOperation(back, op), next)).toBe(true);
  expectDerivedFresh(next);
  return next;
}

export function expectDerivedFresh(doc: ProjectDoc): void {
  const fresh = deriveOpenSides(doc);
  for (const [id, d] of fresh) {
    const b = doc.booths[id]!;
    expect({ id, openSides: b.openSides, type: b.type }).toEqual({ id, openSides: d.openSides, type: d.type });
  }
}

export function booth(doc: ProjectDoc, id: string): Booth {
  const b = doc.booths[id];
  if (!b) throw new Error(`no booth ${id}`);
  return b;
}

export function byNumber(doc: ProjectDoc, number: string): Booth {
  const b = Object.values(doc.booths).find((x) => x.number === number);
  if (!b) throw new Error(`no booth numbered ${number}`);
  return b;
}

export const square = (x: number, y: number, s: number): Point[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];
