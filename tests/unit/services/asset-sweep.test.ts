import { existsSync } from 'node:fs';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AssetService, assetsDirFor } from '../../../electron/services/assets';
import { sweepUnusedAssets } from '../../../electron/services/asset-sweep';
import { ProjectService } from '../../../electron/services/project-service';
import { createProject } from '../../../shared/model/create';
import type { Asset } from '../../../shared/model/entities';
import { placeNewDrawing } from '../../../shared/editing/drawing-assets';
import { isRefusal, type EditResult } from '../../../shared/editing/result';
import type { Project } from '../../../shared/model/project';
import { addHallOp, tempDir } from './helpers';

function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(h * (w * 3 + 1)))), chunk('IEND', Buffer.alloc(0))]);
}

const asset = (id: string): Asset => ({ id, fileName: `${id}.png`, mime: 'image/png', widthPx: 2, heightPx: 2 });

describe('unused venue-drawing files', () => {
  it('go when nothing names them: not the show, not a backup, and not newer than the show', async () => {
    const dir = await tempDir();
    const show = join(dir, 'expo.pavilion.json');
    const assets = assetsDirFor(show);
    await mkdir(assets, { recursive: true });
    const project = { ...createProject({ name: { zh: '展', en: 'Show' } }), assets: { a_used: asset('a_used') } };
    const backup = join(dir, 'backup.json');
    await writeFile(backup, JSON.stringify({ assets: { a_inbackup: asset('a_inbackup') } }));
    for (const n of ['a_used.png', 'a_gone.png', 'a_gonetoo.drawing.json', 'a_inbackup.png', 'a_fresh.png', 'notes.txt']) await writeFile(join(assets, n), 'x');
    await writeFile(show, '{}');
    const old = new Date(Date.now() - 60_000);
    for (const n of ['a_used.png', 'a_gone.png', 'a_gonetoo.drawing.json', 'a_inbackup.png', 'notes.txt']) await utimes(join(assets, n), old, old);
    // Imported by a change not saved yet (crash recovery may bring it back): newer than the show.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(assets, 'a_fresh.png'), later, later);

    const removed = await sweepUnusedAssets(show, project, [backup]);
    expect(removed.sort()).toEqual(['a_gone.png', 'a_gonetoo.drawing.json']);
    expect((await readdir(assets)).sort()).toEqual(['a_fresh.png', 'a_inbackup.png', 'a_used.png', 'notes.txt']);
  });

  it('a replaced drawing: its record goes with the replacing change, its file when the show is opened again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const service = new ProjectService();
    const files = new AssetService((h) => service.fileOf(h));
    const created = await service.createProject({ path, name: { zh: '展', en: 'Show' } });
    if (!created.ok) throw new Error('create');
    const handle = created.value.handle;
    const commit = async (build: (doc: Project) => EditResult) => {
      const doc = service.current(handle)!;
      const op = build(doc);
      if (isRefusal(op)) throw new Error(`refused ${JSON.stringify(op)}`);
      const r = await service.commitOperations({ handle, baseRevision: doc.revision, ops: [op] });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    };
    await commit((doc) => addHallOp(doc, 'h1'));
    const stored = async () => {
      const r = await files.importAsset({ handle, fileName: 'plan.png', dataBase64: png(4, 4).toString('base64') });
      if (!r.ok) throw new Error('import');
      return r.value;
    };
    const first = await stored();
    await commit((doc) => placeNewDrawing(doc, 'h1', first));
    const second = await stored();
    await commit((doc) => placeNewDrawing(doc, 'h1', second));
    expect(Object.keys(service.current(handle)!.assets)).toEqual([second.id]);
    const dirOf = assetsDirFor(path);
    // Still there while this session could undo the replacement, also when a second window opens the show.
    expect(existsSync(join(dirOf, first.fileName))).toBe(true);
    const secondWindow = await service.openProject({ path });
    expect(secondWindow.ok).toBe(true);
    await service.flush();
    expect(existsSync(join(dirOf, first.fileName))).toBe(true);
    if (secondWindow.ok) await service.closeProject({ handle: secondWindow.value.handle });
    await service.closeProject({ handle });

    const again = await service.openProject({ path });
    expect(again.ok).toBe(true);
    await service.flush();
    expect((await readdir(dirOf)).sort()).toEqual([second.fileName]);
    await service.close();
  });
});
