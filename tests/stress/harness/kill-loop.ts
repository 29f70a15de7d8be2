import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeProject } from '../../../electron/services/project-format';
import { BackupStore } from '../../../electron/services/reliability/backups';
import { loadProjectText } from '../../../shared/model/load';
import { generateShow } from '../../../shared/sample';
import { startSaver } from './processes';

export interface KillLoopOptions {
  /** Folder to work in (one subfolder per lane). */
  dir: string;
  kills: number;
  /** Children killed side by side, each on its own show (2 cores: 2 lanes). */
  lanes?: number;
  booths?: number;
  /** A child is killed during one of its first `maxSaves` saves (after 1 to `maxSaves` − 1 acknowledged ones). */
  maxSaves?: number;
  seed?: number;
}

export interface KillLoopReport {
  kills: number;
  /** Opens that found the show unreadable or invalid (must be 0). */
  unreadable: number;
  /** Opens that saw an older revision than one already acknowledged (must be 0). */
  lostAcks: number;
  /** Other open failures (a lock or marker of a killed child not recognised as stale…; must be empty). */
  openFailures: string[];
  /** Commits acknowledged before the kills. */
  acked: number;
  /** Kills that hit a child that had acknowledged nothing yet (killed during its first save). */
  killedBeforeFirstAck: number;
  /**
   * Where in a save each kill landed, in tenths of that child's measured save time (index 0:
   * the first tenth after an acknowledgement … 9: the last, just before the next one).
   */
  phases: number[];
  /** The final files and all their backups parse and validate (must be true). */
  finalValid: boolean;
  seconds: number;
}

/** A show of `booths` booths written to `<dir>/show.pavilion.json`. */
export async function writeShow(dir: string, booths: number, assignedShare = 0.3): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'show.pavilion.json');
  const project = generateShow({ halls: Math.max(1, Math.round(booths / 500)), booths, exhibitors: Math.max(10, Math.round(booths / 2)), seed: 7, assignedShare, history: false });
  await writeFile(file, serializeProject(project));
  return file;
}

/** A small deterministic generator, so a run can be repeated. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

/**
 * Kills are placed by saves, not by wall-clock time: the child is let through 1 to
 * `maxSaves` − 1 acknowledged saves, its save time is measured from them, and it is killed
 * at a random fraction of that time into the next save. The kills so spread evenly over the
 * whole save (not mostly before the first one finished) on a fast machine and a loaded one.
 */
async function lane(file: string, count: number, seed: number, maxSaves: number, report: KillLoopReport): Promise<void> {
  const random = rng(seed);
  let lastAck = (JSON.parse(await readFile(file, 'utf8')) as { revision: number }).revision;
  for (let i = 0; i < count; i++) {
    const child = await startSaver(file, 'kill', { seed: seed * 100_003 + i });
    const ready = await child.waitFor((m) => m.t === 'ready' || m.t === 'error');
    if (!ready || ready.t !== 'ready') {
      child.proc.kill('SIGKILL');
      await child.exited;
      const code = ready?.t === 'error' && typeof ready.error === 'object' && ready.error ? String((ready.error as { code?: unknown }).code) : 'none';
      if (code.startsWith('open.') || code === 'too-large') report.unreadable++;
      else report.openFailures.push(`${code}: ${JSON.stringify(ready)} ${child.stderr().slice(0, 500)}`);
      return;
    }
    if (ready.revision < lastAck) report.lostAcks++;
    const readyAt = child.times[child.messages.indexOf(ready)]!;
    const saves = 1 + Math.floor(random() * Math.max(1, maxSaves - 1));
    let seen = 0;
    const last = await child.waitFor((m) => m.t === 'ack' && ++seen >= saves, 120_000);
    if (last) {
      // This child's own save time (the first save includes the serializer's warm-up).
      const lastAt = child.times[child.messages.indexOf(last)]!;
      const perSave = (lastAt - readyAt) / saves;
      const phase = random();
      await new Promise((r) => setTimeout(r, phase * perSave));
      report.phases[Math.min(9, Math.floor(phase * 10))]!++;
    }
    child.proc.kill('SIGKILL');
    await child.exited;
    report.kills++;
    const acks = child.messages.filter((m) => m.t === 'ack');
    report.acked += acks.length;
    if (acks.length === 0) report.killedBeforeFirstAck++;
    for (const a of acks) if (a.t === 'ack') lastAck = Math.max(lastAck, a.revision);
  }
}

/** Every show and backup in the lanes' folders parses and validates. */
async function allValid(files: string[]): Promise<boolean> {
  const store = new BackupStore();
  for (const file of files) {
    if (!loadProjectText(await readFile(file, 'utf8')).ok) return false;
    for (const b of await store.list(file)) if (!loadProjectText(await readFile(b.path, 'utf8')).ok) return false;
  }
  return true;
}

/**
 * Starts a child that saves a show in a loop through the real ProjectService, kills it
 * (SIGKILL) at a random point of a save (see `lane`), and opens the show again in the next child: every open must
 * find a valid show (the service validates on open) holding at least the last acknowledged
 * revision.
 */
export async function runKillLoop(opts: KillLoopOptions): Promise<KillLoopReport> {
  const started = Date.now();
  const lanes = opts.lanes ?? 2;
  const template = await writeShow(join(opts.dir, 'template'), opts.booths ?? 3000);
  const files: string[] = [];
  for (let l = 0; l < lanes; l++) {
    const dir = join(opts.dir, `lane-${l}`);
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'show.pavilion.json');
    await copyFile(template, file);
    files.push(file);
  }
  const report: KillLoopReport = { kills: 0, unreadable: 0, lostAcks: 0, openFailures: [], acked: 0, killedBeforeFirstAck: 0, phases: Array.from({ length: 10 }, () => 0), finalValid: false, seconds: 0 };
  const per = Math.ceil(opts.kills / lanes);
  await Promise.all(files.map((f, l) => lane(f, Math.min(per, opts.kills - l * per), (opts.seed ?? 1) + l, opts.maxSaves ?? 4, report)));
  report.finalValid = await allValid(files);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** Temporary files left in a folder (killed writes not yet swept), for reports. */
export async function leftoverTemps(dir: string): Promise<number> {
  return (await readdir(dir)).filter((n) => n.endsWith('.tmp')).length;
}
