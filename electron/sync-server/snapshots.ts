import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { isEmptyShow, readProject } from '../../shared/sync/doc-map';
import { writeFileAtomic } from '../services/export/write-atomic';
import type { SyncStore } from './store';

const KEEP = 14;

/**
 * The nightly snapshot: each show on the server written once a day as a `.pavilion.json` in
 * `<data>/snapshots/<show>/<date>.pavilion.json`, the format the desktop app opens, keeping the
 * last fourteen. Runs at start and then every hour (a day's file is written once).
 */
export async function writeSnapshots(store: SyncStore, now = new Date()): Promise<string[]> {
  const day = now.toISOString().slice(0, 10);
  const written: string[] = [];
  for (const name of store.documentNames()) {
    const dir = join(store.dir, 'snapshots', name);
    await mkdir(dir, { recursive: true });
    const files = (await readdir(dir)).filter((f) => f.endsWith('.pavilion.json')).sort();
    if (files.includes(`${day}.pavilion.json`)) continue;
    const state = store.load(name);
    if (!state) continue;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    if (isEmptyShow(doc)) continue;
    const target = join(dir, `${day}.pavilion.json`);
    const res = await writeFileAtomic(target, JSON.stringify(readProject(doc), null, 2));
    if (res.ok) written.push(target);
    for (const old of [...files, `${day}.pavilion.json`].sort().slice(0, -KEEP)) await rm(join(dir, old), { force: true });
  }
  return written;
}
