import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../electron/services/project-format';
import { projectJsonOf } from '../../../electron/services/project-json';
import { ProjectService } from '../../../electron/services/project-service';
import { CheckedShows } from '../../../electron/services/reliability/checked-shows';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { addHallOp, tempDir } from './helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const show = (seed: number) => serializeProject(generateShow({ halls: 2, booths: 80, exhibitors: 30, seed }));

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A host as it runs between two starts of the app: a fresh service over the same settings folder. */
function service(dir: string, opts: { build?: string; warn?: (m: string) => void } = {}): ProjectService {
  return new ProjectService({
    checkedShows: { file: join(dir, 'checked-shows.json'), build: opts.build ?? '1.0.0/1', settleMs: 0 },
    warmUpDelayMs: 0,
    warn: opts.warn ?? (() => undefined),
  });
}

/** What a transport passes (`OpenCall`): the reply may then carry the file's text as the show. */
const TRANSPORT = {};

describe('CheckedShows: the record of show files this build checked or wrote', () => {
  it('is kept across starts, per file, and only for the build that made it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'checked.json');
    const a = new CheckedShows({ file, build: 'v1' });
    await a.note('/shows/a.pavilion.json', sha(Buffer.from('a')));
    await a.note('/shows/b.pavilion.json', sha(Buffer.from('b')));
    await a.flush();
    const again = new CheckedShows({ file, build: 'v1' });
    expect(await again.vouches('/shows/a.pavilion.json', sha(Buffer.from('a')))).toBe(true);
    expect(await again.vouches('/shows/a.pavilion.json', sha(Buffer.from('b')))).toBe(false);
    expect(await again.vouches('/shows/c.pavilion.json', sha(Buffer.from('a')))).toBe(false);
    expect(await new CheckedShows({ file, build: 'v2' }).vouches('/shows/a.pavilion.json', sha(Buffer.from('a')))).toBe(false);
  });

  it('keeps the files used last, and a record that cannot be read vouches for nothing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'checked.json');
    const a = new CheckedShows({ file, build: 'v1', limit: 2 });
    for (const name of ['a', 'b', 'c']) await a.note(`/${name}`, sha(Buffer.from(name)));
    await a.flush();
    const again = new CheckedShows({ file, build: 'v1' });
    expect(await again.vouches('/a', sha(Buffer.from('a')))).toBe(false);
    expect(await again.vouches('/c', sha(Buffer.from('c')))).toBe(true);
    await writeFile(file, '{"format":"pavilion-checked-shows","build":"v1","shows":[["/c",');
    expect(await new CheckedShows({ file, build: 'v1' }).vouches('/c', sha(Buffer.from('c')))).toBe(false);
  });

  it('hashes a save once saves have settled, the newest one only', async () => {
    const dir = await tempDir();
    const checked = new CheckedShows({ file: join(dir, 'checked.json'), build: 'v1', settleMs: 30 });
    const first = [Buffer.from('{"a":'), Buffer.from('1}')];
    const second = [Buffer.alloc(9 * 1024 * 1024, 0x20), Buffer.from('{}')];
    checked.wrote('/s', first);
    checked.wrote('/s', second);
    expect(await checked.vouches('/s', sha(Buffer.concat(second)))).toBe(false);
    await new Promise<void>((done) => setTimeout(done, 30));
    await checked.flush();
    await expect.poll(() => checked.vouches('/s', sha(Buffer.concat(second)))).toBe(true);
    expect(await checked.vouches('/s', sha(Buffer.concat(first)))).toBe(false);
    // A save still waiting is hashed when the app closes.
    const third = [Buffer.from('{"b":2}')];
    checked.wrote('/s', third);
    await checked.flush();
    expect(await new CheckedShows({ file: join(dir, 'checked.json'), build: 'v1' }).vouches('/s', sha(third[0]!))).toBe(true);
  });
});

describe('opening a show this build checked or wrote before: answered before the host parses it', () => {
  it('the second start answers with the file text, and the host’s copy is loaded before anything queued after', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const text = show(1);
    await writeFile(path, text);

    const first = service(dir);
    const a = opened(await first.openProject({ path }, TRANSPORT));
    // Checked in full the first time: the reply holds the host's document.
    expect(first.current(a.handle)).toBe(a.project);
    await first.close();

    const second = service(dir);
    const b = opened(await second.openProject({ path }, TRANSPORT));
    // The reply's show is the file's text; the host has not parsed it yet.
    expect(second.current(b.handle)).toBeNull();
    expect(Buffer.concat(projectJsonOf(b.project)!).equals(Buffer.from(text))).toBe(true);
    // An edit sent at once waits for the host's load, then lands on the document the window parsed.
    const doc = JSON.parse(text) as Project;
    const commit = await second.commitOperations({ handle: b.handle, baseRevision: doc.revision, ops: [addHallOp(doc, 'h_new')] });
    expect(commit.ok).toBe(true);
    const now = second.current(b.handle)!;
    expect(now.revision).toBe(doc.revision + 1);
    expect(Object.keys(now.halls)).toContain('h_new');
    expect((JSON.parse(await readFile(path, 'utf8')) as Project).halls.h_new).toBeDefined();
    await second.close();

    // The save was recorded: the next start answers at once again, with the saved show.
    const third = service(dir);
    const c = opened(await third.openProject({ path }, TRANSPORT));
    expect(third.current(c.handle)).toBeNull();
    expect((await third.documentOf(c.handle))!.halls.h_new).toBeDefined();
    await third.close();
  });

  it('a file changed by another program, another build, or a call not from a transport: checked in full first', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    await writeFile(path, show(1));
    const first = service(dir);
    opened(await first.openProject({ path }, TRANSPORT));
    await first.close();

    const direct = service(dir);
    const d = opened(await direct.openProject({ path }));
    expect(direct.current(d.handle)).toBe(d.project);
    await direct.close();

    const otherBuild = service(dir, { build: '1.0.1/1' });
    const o = opened(await otherBuild.openProject({ path }, TRANSPORT));
    expect(otherBuild.current(o.handle)).toBe(o.project);
    await otherBuild.close();

    await writeFile(path, show(2));
    const changed = service(dir, { build: '1.0.1/1' });
    const c = opened(await changed.openProject({ path }, TRANSPORT));
    expect(changed.current(c.handle)).toBe(c.project);
    expect(c.project.revision).toBe((JSON.parse(show(2)) as Project).revision);
    await changed.close();
  });

  it('a record that was wrong (a file it should not vouch for): the window loses the show, the next open explains why', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const broken = Buffer.from(show(1).trimEnd().slice(0, -1));
    await writeFile(path, broken);
    const record = new CheckedShows({ file: join(dir, 'checked-shows.json'), build: '1.0.0/1' });
    await record.note(path, sha(broken));
    await record.flush();

    const warnings: string[] = [];
    const s = service(dir, { warn: (m) => warnings.push(m) });
    const r = opened(await s.openProject({ path }, TRANSPORT));
    expect(await s.documentOf(r.handle)).toBeNull();
    const commit = await s.commitOperations({ handle: r.handle, baseRevision: 0, ops: [] });
    expect(commit.ok ? null : commit.error.code).toBe('unknown-handle');
    expect(warnings.join('\n')).toMatch(/opened as checked before, but loading it failed/);
    const again = await s.openProject({ path }, TRANSPORT);
    expect(again.ok ? null : again.error.code).toMatch(/^open\./);
    await s.close();
  });

  it('a record that was wrong about a file the host loads differently: the window is made to read it again at its next save', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const doc = JSON.parse(show(1)) as Project & { extra?: number };
    doc.extra = 1;
    const text = Buffer.from(JSON.stringify(doc));
    await writeFile(path, text);
    const record = new CheckedShows({ file: join(dir, 'checked-shows.json'), build: '1.0.0/1' });
    await record.note(path, sha(text));
    await record.flush();

    const s = service(dir);
    const r = opened(await s.openProject({ path }, TRANSPORT));
    const commit = await s.commitOperations({ handle: r.handle, baseRevision: doc.revision, ops: [addHallOp(doc, 'h_new')] });
    expect(commit.ok ? null : commit.error.conflict?.reason).toBe('changed-on-disk');
    // Nothing was written over the file.
    expect((await readFile(path)).equals(text)).toBe(true);
    await s.close();
  });
});
