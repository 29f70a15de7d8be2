import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../electron/services/project-format';
import { projectJsonOf } from '../../../electron/services/project-json';
import { ProjectService } from '../../../electron/services/project-service';
import { ProjectSerializer } from '../../../electron/services/serialize-project';
import type { Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { addHallOp, tempDir } from './helpers';

const joined = (parts: readonly Buffer[] | undefined) => (parts ? Buffer.concat(parts) : null);
const small = () => generateShow({ halls: 2, booths: 60, exhibitors: 20, seed: 4 });
/** Above PRETTY_BOOTH_LIMIT: saved compact, through the serializer's chunk cache. */
const large = () => generateShow({ halls: 4, booths: 2100, exhibitors: 900, seed: 3 });

async function showFile(content: string | Buffer): Promise<string> {
  const path = join(await tempDir(), 'show.pavilion.json');
  await writeFile(path, content);
  return path;
}

describe('ProjectService keeps the file text of what it opens and writes', () => {
  it('an opened show is known by its file bytes, which parse to the very project returned', async () => {
    const text = serializeProject(small());
    const path = await showFile(text);
    const service = new ProjectService();
    const r = await service.openProject({ path });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const json = joined(projectJsonOf(r.value.project));
    expect(json?.toString('utf8')).toBe(text);
    expect(JSON.parse(json!.toString('utf8'))).toStrictEqual(r.value.project);
    await service.close();
  });

  it('leaves out a byte order mark; ignores files that are not valid UTF-8 or that validation changed', async () => {
    const text = serializeProject(small());
    const service = new ProjectService();
    const withBom = await service.openProject({ path: await showFile(`\uFEFF${text}`) });
    expect(withBom.ok && joined(projectJsonOf(withBom.value.project))?.toString('utf8')).toBe(text);

    // A stray 0xFF byte inside a note: opens (the decoder replaces it) but is not passed on as it is.
    const bad = Buffer.from(JSON.stringify(small()).replace('"notes":""', '"notes":"#"'), 'utf8');
    expect(bad.indexOf('"notes":"#"')).toBeGreaterThan(0);
    bad[bad.indexOf('"notes":"#"') + 9] = 0xff;
    const invalid = await service.openProject({ path: await showFile(bad) });
    expect(invalid.ok).toBe(true);
    expect(invalid.ok && projectJsonOf(invalid.value.project)).toBeUndefined();

    // An unknown field is dropped by validation: the file is no longer the project's JSON.
    const extra = await service.openProject({ path: await showFile(JSON.stringify({ ...JSON.parse(text), legacy: true })) });
    expect(extra.ok && 'legacy' in extra.value.project).toBe(false);
    expect(extra.ok && projectJsonOf(extra.value.project)).toBeUndefined();
    await service.close();
  });

  it('after a save, the new document is known by the bytes written', async () => {
    const path = await showFile(serializeProject(large()));
    const service = new ProjectService({ warmUpDelayMs: 60_000 });
    const r = await service.openProject({ path });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const committed = await service.commitOperations({ handle: r.value.handle, baseRevision: r.value.project.revision, ops: [addHallOp(r.value.project, 'h_new', 2)] });
    expect(committed.ok).toBe(true);
    const now = service.current(r.value.handle)!;
    expect(joined(projectJsonOf(now))?.equals(await readFile(path))).toBe(true);
    expect(joined(projectJsonOf(now))?.toString('utf8')).toBe(serializeProject(now));
    await service.close();
  });
});

describe('ProjectSerializer.warmUp with a delay', () => {
  const ticks = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const until = async (done: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('does nothing until the delay has passed, then fills the cache for the first save', async () => {
    const doc: Project = large();
    const s = new ProjectSerializer();
    s.warmUp(doc, 150);
    await ticks(20);
    // Without the delay the warm-up would be building chunks by now (see the next test).
    expect(s.lastRun).toEqual({ built: 0, reused: 0, walked: 0 });
    await until(() => s.lastRun.built > 0);
    await s.serialize(doc);
    expect(s.lastRun.built).toBe(0);
    expect(s.lastRun.reused).toBeGreaterThan(5);
  });

  it('starts at once without a delay', async () => {
    const s = new ProjectSerializer();
    s.warmUp(large());
    await ticks(20);
    expect(s.lastRun.built).toBeGreaterThan(0);
  });

  it('a save before the warm-up began calls it off, and so does cancelWarmUp', async () => {
    const doc = large();
    const s = new ProjectSerializer();
    s.warmUp(doc, 50);
    const bytes = await s.serialize(doc);
    expect(Buffer.concat(bytes).toString('utf8')).toBe(serializeProject(doc));
    const afterSave = s.lastRun;
    expect(afterSave.built).toBeGreaterThan(5);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // A warm-up run would have replaced `lastRun`.
    expect(s.lastRun).toBe(afterSave);

    const c = new ProjectSerializer();
    c.warmUp(doc, 30);
    c.cancelWarmUp();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(c.lastRun).toEqual({ built: 0, reused: 0, walked: 0 });
  });
});
