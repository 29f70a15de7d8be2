import { chmod, lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile, readBytesCapped, readTextCapped, tempPathFor, writeFileDurably } from '../../../electron/services/durable-file';
import { ServiceError } from '../../../electron/services/errors';
import { names, tempDir } from './helpers';

describe('writeFileDurably', () => {
  it('replaces the content and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await names(dir)).toEqual(['a.json']);
  });

  it('writes through a symlink, keeping the link', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileDurably(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await names(dir)).toEqual(['link.json', 'real.json']);
  });

  it('writes data given in parts as one file, in order (more parts than one system call takes)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, [Buffer.from('ab'), new Uint8Array(0), Buffer.from('展c')]);
    expect(await readFile(target, 'utf8')).toBe('ab展c');
    const parts = Array.from({ length: 2500 }, (_, i) => Buffer.from(`${i},`));
    await writeFileDurably(target, parts);
    expect(await readFile(target, 'utf8')).toBe(parts.map((p) => p.toString()).join(''));
    expect(await names(dir)).toEqual(['a.json']);
  });

  it('names its temporary file hidden, unique and beside the target', () => {
    const a = tempPathFor('/x/y/show.pavilion.json');
    const b = tempPathFor('/x/y/show.pavilion.json');
    expect(a).toMatch(/^\/x\/y\/\.show\.pavilion\.json\.[0-9a-f]{12}\.tmp$/);
    expect(a).not.toBe(b);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileDurably(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('when the rename fails (target is a folder), removes the temporary file and leaves the folder as it was', async () => {
    const dir = await tempDir();
    const target = join(dir, 'taken.json');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeFileDurably(target, 'data')).rejects.toThrow();
    expect(await names(dir)).toEqual(['taken.json']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('an exclusive write never replaces an existing file, and cleans up', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.json');
    await writeFile(target, 'the user work');
    await expect(writeFileDurably(target, 'other', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('the user work');
    expect(await names(dir)).toEqual(['show.json']);
  });

  it('an exclusive write creates a missing file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'new.json');
    await writeFileDurably(target, 'fresh', { exclusive: true });
    expect(await readFile(target, 'utf8')).toBe('fresh');
    expect(await names(dir)).toEqual(['new.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileDurably(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await names(dir)).toEqual([]);
  });
});

describe('DurableJsonFile (lowdb adapter)', () => {
  it('round-trips data through lowdb', async () => {
    const dir = await tempDir();
    const path = join(dir, 'data.json');
    const db = new Low(new DurableJsonFile<{ items: string[] }>(path), { items: [] });
    db.data.items.push('一', 'two');
    await db.write();
    const again = new Low(new DurableJsonFile<{ items: string[] }>(path), { items: [] });
    await again.read();
    expect(again.data).toEqual({ items: ['一', 'two'] });
    expect(await readFile(path, 'utf8')).toBe('{\n  "items": [\n    "一",\n    "two"\n  ]\n}\n');
    expect(await names(dir)).toEqual(['data.json']);
  });

  it('reads a missing file as null so lowdb keeps its defaults', async () => {
    const dir = await tempDir();
    const db = new Low(new DurableJsonFile<{ n: number }>(join(dir, 'none.json')), { n: 7 });
    await db.read();
    expect(db.data).toEqual({ n: 7 });
  });

  it('throws on a damaged file instead of silently using defaults', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bad.json');
    await writeFile(path, '{"n": ');
    await expect(new DurableJsonFile(path).read()).rejects.toThrow(SyntaxError);
  });

  it('leaves the old file intact when serializing fails', async () => {
    const dir = await tempDir();
    const path = join(dir, 'data.json');
    await writeFile(path, '{"n":1}');
    const adapter = new DurableJsonFile<{ n: bigint }>(path);
    await expect(adapter.write({ n: 1n })).rejects.toThrow(TypeError);
    expect(await readFile(path, 'utf8')).toBe('{"n":1}');
    expect(await names(dir)).toEqual(['data.json']);
  });

  it('uses a custom serializer', async () => {
    const dir = await tempDir();
    const path = join(dir, 'c.json');
    await new DurableJsonFile<number[]>(path, { serialize: (d) => JSON.stringify(d) }).write([1, 2]);
    expect(await readFile(path, 'utf8')).toBe('[1,2]');
  });
});

describe('readTextCapped', () => {
  it('refuses a file over the cap with too-large, before reading it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.json');
    await writeFile(path, 'x'.repeat(2048));
    const err = await readTextCapped(path, 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).apiError).toMatchObject({ code: 'too-large', path });
    expect(await readTextCapped(path, 4096)).toHaveLength(2048);
  });

  it('refuses a folder with not-a-file', async () => {
    const dir = await tempDir();
    await expect(readTextCapped(dir)).rejects.toMatchObject({ apiError: { code: 'not-a-file' } });
  });

  it('passes on a missing file as ENOENT', async () => {
    const dir = await tempDir();
    await expect(readTextCapped(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bom.json');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"展"}')]));
    expect(JSON.parse(await readTextCapped(path))).toEqual({ a: '展' });
  });

  it('reads every byte of empty, small and multi-megabyte files (one read into one buffer)', async () => {
    const dir = await tempDir();
    for (const size of [0, 1, 4096, 5 * 1024 * 1024 + 7]) {
      const path = join(dir, `f-${size}.bin`);
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
      await writeFile(path, bytes);
      const read = await readBytesCapped(path);
      expect(read.length).toBe(size);
      expect(read.equals(bytes)).toBe(true);
    }
  });
});
