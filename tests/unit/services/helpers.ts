import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Booth, Hall } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import type { Operation } from '../../../shared/ops/operation';

const made: string[] = [];

/** A fresh folder in the system temp dir, removed after the test. */
export async function tempDir(prefix = 'pavilion-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

export const hall = (id: string, code = 'A1'): Hall =>
  Hall.parse({
    id,
    name: { zh: `${code}馆`, en: `Hall ${code}` },
    code,
    order: 0,
    outline: [
      [0, 0],
      [100, 0],
      [100, 60],
      [0, 60],
    ],
  });

export const booth = (id: string, hallId: string, number: string, x = 0): Booth =>
  Booth.parse({ id, hallId, number, shape: { type: 'rect', x, y: 0, w: 3, h: 3 } });

/** An operation adding a hall (and optionally booths in it). */
export function addHallOp(doc: Project, hallId: string, boothCount = 0): Operation {
  const b = operation(doc, 'ops.addHall').put('halls', hall(hallId));
  for (let i = 0; i < boothCount; i++) b.put('booths', booth(`${hallId}-b${i}`, hallId, `A${i + 1}`, (i % 30) * 3));
  return b.build();
}

export async function bytes(path: string): Promise<Buffer> {
  return readFile(path);
}

export async function names(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
