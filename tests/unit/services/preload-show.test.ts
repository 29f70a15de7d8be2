import { realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShowPreloader } from '../../../electron/services/preload-show';
import { serializeProject } from '../../../electron/services/project-format';
import { projectJsonOf } from '../../../electron/services/project-json';
import { ProjectService } from '../../../electron/services/project-service';
import { loadProjectText } from '../../../shared/model/load';
import { generateShow } from '../../../shared/sample/generate';
import { tempDir } from './helpers';

const show = (seed: number) => serializeProject(generateShow({ halls: 2, booths: 60, exhibitors: 20, seed }));

async function files(...contents: string[]): Promise<string[]> {
  const dir = await tempDir();
  return Promise.all(
    contents.map(async (content, i) => {
      const path = join(dir, `show-${i}.pavilion.json`);
      await writeFile(path, content);
      return realpath(path);
    }),
  );
}

describe('ShowPreloader', () => {
  it('hands the loaded show to the open of that file, once', async () => {
    const text = show(1);
    const [path] = await files(text);
    const p = new ShowPreloader({ maxBytes: 1e8 });
    p.start(path!);
    const got = await p.take(path!);
    const fresh = loadProjectText(text);
    expect(got?.project).toStrictEqual(fresh.ok && fresh.project);
    expect(Buffer.concat(got!.bytes).toString('utf8')).toBe(text);
    // Known by its text, so the browser host can send it as it is.
    expect(Buffer.concat(projectJsonOf(got!.project)!).toString('utf8')).toBe(text);
    expect(await p.take(path!)).toBeNull();
  });

  it('gives nothing to the open of another file, and drops its own load', async () => {
    const [a, b] = await files(show(1), show(2));
    const p = new ShowPreloader({ maxBytes: 1e8 });
    p.start(a!);
    expect(await p.take(b!)).toBeNull();
    expect(await p.take(a!)).toBeNull();
  });

  it('keeps only the newest preload; nothing for files that do not load', async () => {
    const [a, b, broken] = await files(show(1), show(2), '{"format":"pavilion-project"');
    const p = new ShowPreloader({ maxBytes: 1e8 });
    p.start(a!);
    p.start(b!);
    expect(await p.take(a!)).toBeNull();
    p.start(broken!);
    expect(await p.take(broken!)).toBeNull();
    p.start(join(a!, '..', 'missing.pavilion.json'));
    expect(await p.take(join(a!, '..', 'missing.pavilion.json'))).toBeNull();
    const small = new ShowPreloader({ maxBytes: 100 });
    small.start(a!);
    expect(await small.take(a!)).toBeNull();
  });
});

describe('ProjectService.preload', () => {
  it('an open after a preload gives what a plain open gives', async () => {
    const text = show(3);
    const [path] = await files(text);
    const service = new ProjectService();
    service.preload(path!);
    const r = await service.openProject({ path: path! });
    const plain = await new ProjectService().openProject({ path: path!, readOnly: true });
    expect(r.ok && r.value.project).toStrictEqual(plain.ok && plain.value.project);
    await service.close();
  });

  it('a file changed after its preload is read again: the open shows what is on disk', async () => {
    const [path] = await files(show(3));
    const service = new ProjectService();
    service.preload(path!);
    // Let the preload finish, then replace the show.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const changed = show(4);
    await writeFile(path!, changed);
    const r = await service.openProject({ path: path! });
    const expected = loadProjectText(changed);
    expect(r.ok && r.value.project).toStrictEqual(expected.ok && expected.project);
    await service.close();
  });

  it('a broken file is still refused by the open, with its error code', async () => {
    const [path] = await files(JSON.stringify({ ...JSON.parse(show(5)), booths: { b_1: { id: 'b_1' } } }));
    const service = new ProjectService();
    service.preload(path!);
    const r = await service.openProject({ path: path! });
    expect(r).toMatchObject({ ok: false, error: { code: 'open.invalid' } });
    await service.close();
  });
});
