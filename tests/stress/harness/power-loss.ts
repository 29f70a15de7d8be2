import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ProjectService } from '../../../electron/services/project-service';
import { backupFolderFor } from '../../../electron/services/reliability/backups';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { analyseCrashes, RecordingFs, type CrashAnalysis } from './crash-model';
import { writeShow } from './kill-loop';

export interface PowerLossReport extends CrashAnalysis {
  saves: number;
  events: number;
}

/** An operation assigning the first available booth to the first exhibitor. */
function assignOne(doc: Project): ReturnType<ReturnType<typeof operation>['build']> {
  const booth = Object.values(doc.booths).find((b) => b.status === 'available' && !doc.assignments[b.id]);
  const exhibitor = Object.keys(doc.exhibitors)[0];
  if (!booth || !exhibitor) throw new Error('no free booth or no exhibitor');
  return operation(doc, 'ops.assignBooth')
    .put('assignments', { id: booth.id, boothId: booth.id, exhibitorId: exhibitor, at: '2027-01-01T00:00:00.000Z', by: 'power-loss' })
    .update('booths', booth.id, { status: 'assigned', claim: null })
    .build();
}

/**
 * Saves a show `saves` times through a ProjectService whose file system calls are recorded
 * (every save also keeps a rotating backup, so rotation and its deletions are recorded too),
 * then checks every disk a power cut could have left at every point (see analyseCrashes).
 */
export async function runPowerLoss(opts: { dir: string; saves: number; booths?: number; careless?: boolean }): Promise<PowerLossReport> {
  const file = await writeShow(join(opts.dir, 'show'), opts.booths ?? 150, 0.2);
  const initialText = await readFile(file, 'utf8');
  const fs = new RecordingFs({ careless: opts.careless });
  const inode = fs.registerExisting(file);
  const service = new ProjectService({ fs, backupIntervalMs: 0, warn: () => undefined });
  const opened = await service.openProject({ path: file });
  if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened.error)}`);
  const texts = new Map<number, string>([[opened.value.project.revision, initialText]]);
  let doc = opened.value.project;
  for (let i = 0; i < opts.saves; i++) {
    const op = assignOne(doc);
    const r = await service.commitOperations({ handle: opened.value.handle, baseRevision: doc.revision, ops: [op] });
    if (!r.ok) throw new Error(`save failed: ${JSON.stringify(r.error)}`);
    doc = service.current(opened.value.handle)!;
    texts.set(r.value.revision, await readFile(file, 'utf8'));
    fs.mark({ op: 'ack', revision: r.value.revision });
  }
  await service.close();
  const analysis = analyseCrashes({
    events: fs.events,
    initial: { files: new Map([[file, { inode, data: Buffer.from(initialText, 'utf8') }]]), dirs: [dirname(file)] },
    target: file,
    texts,
    initialRevision: opened.value.project.revision,
    backupDir: backupFolderFor(file),
  });
  return { ...analysis, saves: opts.saves, events: fs.events.length };
}
