import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { thisHostName } from '../../../electron/services/reliability/host-identity';
import { isMarkerStale, openMarkerPath, type MarkerFile } from '../../../electron/services/reliability/open-marker';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { addHallOp, names, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

async function showOpenedBy(name: string) {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const holder = new ProjectService({ userName: () => name });
  const p = opened(await holder.createProject({ path, name: NAME }));
  return { dir, path, holder, p };
}

function marker(over: Partial<MarkerFile>): MarkerFile {
  const now = new Date().toISOString();
  return { format: 'pavilion-open-marker', version: 1, instance: 'someone', userName: 'Li Wei', hostName: 'PC-03', pid: 4242, since: now, refreshedAt: now, ...over };
}

describe('the "who has it open" marker', () => {
  it('is written beside the show on open for editing and removed when the last editing window closes', async () => {
    const { dir, path, holder, p } = await showOpenedBy('Ana');
    const m = JSON.parse(await readFile(openMarkerPath(path), 'utf8')) as MarkerFile;
    expect(m).toMatchObject({ userName: 'Ana', hostName: thisHostName(), pid: process.pid });
    const second = opened(await holder.openProject({ path }));
    await holder.closeProject({ handle: p.handle });
    expect(await names(dir)).toContain('.show.pavilion.json.lock-info');
    await holder.closeProject({ handle: second.handle });
    expect(await names(dir)).toEqual(['show.pavilion.json']);
  });

  it('another Pavilion gets `locked` with the holder, can open read-only (heldBy) or take over', async () => {
    const { path, holder } = await showOpenedBy('Ana');
    const other = new ProjectService({ userName: () => 'Bo' });
    const refused = await other.openProject({ path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', path, holder: { userName: 'Ana', hostName: thisHostName(), pid: process.pid } } });
    if (!refused.ok) expect(refused.error.holder?.self).toBeUndefined();

    const ro = opened(await other.openProject({ path, readOnly: true }));
    expect(ro.readOnly).toBe(true);
    expect(ro.heldBy).toMatchObject({ userName: 'Ana' });
    expect(await other.commitOperations({ handle: ro.handle, baseRevision: 0, ops: [addHallOp(ro.project, 'h_1')] })).toMatchObject({ ok: false, error: { code: 'permission' } });

    const taken = opened(await other.openProject({ path, takeOver: true }));
    expect(taken.readOnly).toBe(false);
    expect(JSON.parse(await readFile(openMarkerPath(path), 'utf8')).userName).toBe('Bo');
    // The first holder, closing later, leaves the new holder's marker alone.
    await holder.close();
    expect(JSON.parse(await readFile(openMarkerPath(path), 'utf8')).userName).toBe('Bo');
    await other.close();
  });

  it('a marker of a dead process of this computer, or one not refreshed for hours, is ignored and replaced', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const creator = new ProjectService();
    opened(await creator.createProject({ path, name: NAME }));
    await creator.close();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const service = new ProjectService({ userName: () => 'Ana', markerStaleMs: 60 * 60_000 });
    for (const stale of [marker({ hostName: thisHostName(), pid: dead }), marker({ refreshedAt: new Date(Date.now() - 2 * 3600_000).toISOString() })]) {
      await writeFile(openMarkerPath(path), JSON.stringify(stale));
      const p = opened(await service.openProject({ path }));
      expect(p.readOnly).toBe(false);
      expect(p.heldBy).toBeUndefined();
      expect(JSON.parse(await readFile(openMarkerPath(path), 'utf8')).userName).toBe('Ana');
      await service.closeProject({ handle: p.handle });
    }
    // A live marker from another computer is honoured; a damaged one is not a marker.
    await writeFile(openMarkerPath(path), JSON.stringify(marker({})));
    expect(await service.openProject({ path })).toMatchObject({ ok: false, error: { code: 'locked', holder: { userName: 'Li Wei', hostName: 'PC-03' } } });
    await writeFile(openMarkerPath(path), '{ not json');
    expect((await service.openProject({ path })).ok).toBe(true);
    await service.close();
  });

  it('isMarkerStale: pid liveness only counts on this computer; age counts everywhere', () => {
    const now = new Date();
    expect(isMarkerStale(marker({ hostName: thisHostName(), pid: process.pid }), now)).toBe(false);
    expect(isMarkerStale(marker({ hostName: 'elsewhere', pid: 999_999_999 }), now)).toBe(false);
    expect(isMarkerStale(marker({ refreshedAt: new Date(now.getTime() - 3 * 3600_000).toISOString() }), now)).toBe(true);
    expect(isMarkerStale(marker({ refreshedAt: 'yesterday-ish' }), now)).toBe(true);
  });

  it('save-as refuses to replace a show someone else has open', async () => {
    const { dir, path } = await showOpenedBy('Ana');
    const other = new ProjectService();
    const mine = opened(await other.createProject({ path: join(dir, 'mine.pavilion.json'), name: NAME }));
    expect(await other.saveProjectAs({ handle: mine.handle, path })).toMatchObject({ ok: false, error: { code: 'locked', holder: { userName: 'Ana' } } });
    await other.close();
  });
});
