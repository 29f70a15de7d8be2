import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { createProject } from '../../../shared/model/create';
import { Booth, Hall } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { tempDir } from './helpers';

const NAME = { zh: '共享展', en: 'Shared Show' };

/** A show as a server holds it: never a file on this computer, one hall and a booth. */
function sharedShow(): Project {
  const p = createProject({ name: NAME });
  p.halls.h1 = Hall.parse({ id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', level: 1, order: 0, outline: [[0, 0], [40, 0], [40, 30], [0, 30]] });
  p.booths.b1 = Booth.parse({ id: 'b1', hallId: 'h1', number: 'A-001', shape: { type: 'rect', x: 5, y: 5, w: 10, h: 10, rotation: 0 }, openSides: [2] });
  p.revision = 7;
  return p;
}

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('ProjectService.saveProjectCopy', () => {
  it('writes the show as an ordinary local show that opens again as it was', async () => {
    const dir = await tempDir();
    const service = new ProjectService();
    const path = join(dir, 'copy.pavilion.json');
    const res = await service.saveProjectCopy({ path, project: sharedShow() });
    expect(res).toMatchObject({ ok: true, value: { path } });
    // Not held open by the copy: another service opens it for editing like any show.
    const again = opened(await new ProjectService().openProject({ path }));
    expect(again.readOnly).toBe(false);
    expect(again.project.booths.b1!.number).toBe('A-001');
    expect(again.project.revision).toBe(7);
    expect(JSON.parse(await readFile(path, 'utf8')).format).toBe('pavilion-project');
  });

  it('replaces a show the user chose to overwrite, keeping the old one as a backup', async () => {
    const dir = await tempDir();
    const service = new ProjectService();
    const path = join(dir, 'old.pavilion.json');
    const old = opened(await service.createProject({ path, name: { zh: '旧', en: 'Old' } }));
    await service.closeProject({ handle: old.handle });
    expect((await service.saveProjectCopy({ path, project: sharedShow() })).ok).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).settings.name).toEqual(NAME);
    const backups = await service.listBackups({ path });
    expect(backups.ok && backups.value.length).toBe(1);
  });

  it('refuses a show that would not open again, a wrong extension, a folder and a file open in a window', async () => {
    const dir = await tempDir();
    const service = new ProjectService();
    const broken = sharedShow();
    broken.booths.b1!.hallId = 'nowhere';
    expect(await service.saveProjectCopy({ path: join(dir, 'broken.pavilion.json'), project: broken })).toMatchObject({ ok: false, error: { code: 'open.invalid' } });
    expect(await service.saveProjectCopy({ path: join(dir, 'copy.txt'), project: sharedShow() })).toMatchObject({ ok: false, error: { code: 'bad-extension' } });
    await mkdir(join(dir, 'dir.pavilion.json'));
    expect(await service.saveProjectCopy({ path: join(dir, 'dir.pavilion.json'), project: sharedShow() })).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
    const open = opened(await service.createProject({ path: join(dir, 'open.pavilion.json'), name: NAME }));
    expect(await service.saveProjectCopy({ path: open.path, project: sharedShow() })).toMatchObject({ ok: false, error: { code: 'exists' } });
    // Nothing was written for the refused copies.
    await expect(readFile(join(dir, 'broken.pavilion.json'))).rejects.toThrow();
  });
});
