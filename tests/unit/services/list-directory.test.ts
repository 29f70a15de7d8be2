import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDirectory } from '../../../electron/services/list-directory';
import { tempDir } from './helpers';

describe('listDirectory', () => {
  it('lists folders first, marks shows, skips hidden entries, sorts naturally', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'b-folder'));
    await mkdir(join(dir, 'A-folder'));
    await mkdir(join(dir, '.hidden-folder'));
    await writeFile(join(dir, 'show 10.pavilion.json'), '{}');
    await writeFile(join(dir, 'show 9.pavilion.json'), '{}');
    await writeFile(join(dir, 'notes.txt'), '');
    await writeFile(join(dir, '.secret'), '');
    await symlink(join(dir, 'A-folder'), join(dir, 'link-to-folder'));
    await symlink(join(dir, 'gone'), join(dir, 'dangling'));
    const r = await listDirectory(dir, '/unused');
    expect(r).toEqual({
      ok: true,
      value: {
        dir,
        parent: parse(dir).dir,
        entries: [
          { name: 'A-folder', kind: 'dir' },
          { name: 'b-folder', kind: 'dir' },
          { name: 'link-to-folder', kind: 'dir' },
          { name: 'notes.txt', kind: 'file' },
          { name: 'show 9.pavilion.json', kind: 'project' },
          { name: 'show 10.pavilion.json', kind: 'project' },
        ],
      },
    });
  });

  it('starts in the documents folder for null, creating it when missing', async () => {
    const base = await tempDir();
    const docs = join(base, 'Documents');
    const r = await listDirectory(null, docs);
    expect(r).toMatchObject({ ok: true, value: { dir: docs, parent: base, entries: [] } });
    expect(existsSync(docs)).toBe(true);
  });

  it('has no parent at the file system root', async () => {
    const root = parse(process.cwd()).root;
    const r = await listDirectory(root, '/unused');
    expect(r.ok && r.value.parent).toBeNull();
  });

  it('reports a missing folder and a file given as folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'f.txt'), '');
    expect(await listDirectory(join(dir, 'nope'), '/unused')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await listDirectory(join(dir, 'f.txt'), '/unused')).toMatchObject({ ok: false, error: { code: 'not-found', details: ['not a folder'] } });
  });
});
