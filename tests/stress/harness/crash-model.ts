import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { nodeDurableFs, type DurableFileHandle, type DurableFs } from '../../../electron/services/reliability/fs-port';

/** One call a durable writer made, as a disk would see it. Inodes are numbered by the recorder. */
export type FsEvent =
  | { op: 'create'; path: string; inode: number }
  | { op: 'write'; inode: number; data: Buffer }
  | { op: 'sync'; inode: number }
  | { op: 'rename'; from: string; to: string; inode: number }
  | { op: 'link'; path: string; inode: number }
  | { op: 'unlink'; path: string }
  | { op: 'mkdir'; path: string }
  | { op: 'syncDir'; dir: string }
  /** Not a file system call: the save of `revision` was acknowledged to its caller here. */
  | { op: 'ack'; revision: number };

/**
 * A DurableFs that performs every call on the real file system and records it. `careless`
 * leaves out every flush (file and folder), recording none: a writer without fsync, which
 * the model must catch losing data.
 */
export class RecordingFs implements DurableFs {
  readonly events: FsEvent[] = [];
  private readonly inodeOf = new Map<string, number>();
  private nextInode = 1;

  constructor(
    private readonly opts: { careless?: boolean; inner?: DurableFs } = {},
  ) {}

  private get inner(): DurableFs {
    return this.opts.inner ?? nodeDurableFs;
  }

  /** A file present (and durable) before recording began; returns its inode number. */
  registerExisting(path: string): number {
    const inode = this.nextInode++;
    this.inodeOf.set(path, inode);
    return inode;
  }

  mark(event: FsEvent): void {
    this.events.push(event);
  }

  async createExclusive(path: string, mode: number): Promise<DurableFileHandle> {
    const real = await this.inner.createExclusive(path, mode);
    const inode = this.nextInode++;
    this.inodeOf.set(path, inode);
    this.events.push({ op: 'create', path, inode });
    return {
      write: async (data) => {
        await real.write(data);
        this.events.push({ op: 'write', inode, data: Buffer.from(data) });
      },
      chmod: (m) => real.chmod(m),
      sync: async () => {
        if (this.opts.careless) return;
        await real.sync();
        this.events.push({ op: 'sync', inode });
      },
      close: () => real.close(),
    };
  }

  async rename(from: string, to: string): Promise<void> {
    await this.inner.rename(from, to);
    const inode = this.inodeOf.get(from) ?? this.nextInode++;
    this.inodeOf.delete(from);
    this.inodeOf.set(to, inode);
    this.events.push({ op: 'rename', from, to, inode });
  }

  async link(existing: string, newPath: string): Promise<void> {
    await this.inner.link(existing, newPath);
    const inode = this.inodeOf.get(existing);
    if (inode === undefined) throw new Error(`recording: link of an unknown file ${existing}`);
    this.inodeOf.set(newPath, inode);
    this.events.push({ op: 'link', path: newPath, inode });
  }

  async unlink(path: string): Promise<void> {
    await this.inner.unlink(path);
    this.inodeOf.delete(path);
    this.events.push({ op: 'unlink', path });
  }

  async mkdir(path: string): Promise<boolean> {
    const created = await this.inner.mkdir(path);
    if (created) this.events.push({ op: 'mkdir', path });
    return created;
  }

  async syncDir(dir: string): Promise<void> {
    if (this.opts.careless) return;
    await this.inner.syncDir(dir);
    this.events.push({ op: 'syncDir', dir });
  }
}

type MetaEvent = Extract<FsEvent, { op: 'create' | 'rename' | 'link' | 'unlink' | 'mkdir' }>;

function parentOf(e: MetaEvent): string {
  return dirname(e.op === 'rename' ? e.to : e.path);
}

/** What a disk holds after a power cut: names (files only) to content, and existing folders. */
export interface DiskImage {
  files: Map<string, Buffer>;
  dirs: Set<string>;
}

export interface CrashAnalysis {
  /** Crash points examined (one before each event, and one after the last). */
  crashPoints: number;
  /** Disk images examined over all crash points. */
  images: number;
  /** Images where the show is missing or holds neither the acknowledged revision nor a newer one. */
  violations: { crashPoint: number; acked: number; found: string }[];
  /** Of those, images where no backup holds the acknowledged revision either. */
  unrecoverable: number;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Works out every disk a power cut could leave, at every point of a recorded run, and checks
 * the show in each. The model: file data is durable only once its file was fsynced (data
 * written after that is lost); a name change (create, rename, link, unlink, mkdir) is
 * durable once its folder was fsynced after it, and any others may or may not have reached
 * the disk, in order — so each crash point yields one image per prefix of the name changes,
 * on top of the forced ones. Files and folders of `initial` are durable from the start.
 *
 * `texts` maps each revision to the exact text written for it; the show must hold the last
 * acknowledged revision or a newer one (a save in flight may or may not have landed).
 */
export function analyseCrashes(opts: {
  events: FsEvent[];
  initial: { files: Map<string, { inode: number; data: Buffer }>; dirs: string[] };
  target: string;
  texts: Map<number, string>;
  initialRevision: number;
  /** Backups folder of the show: a backup there holding the acknowledged revision counts as recoverable. */
  backupDir: string;
}): CrashAnalysis {
  const revisionOfHash = new Map<string, number>();
  for (const [rev, text] of opts.texts) revisionOfHash.set(sha(Buffer.from(text, 'utf8')), rev);
  const analysis: CrashAnalysis = { crashPoints: 0, images: 0, violations: [], unrecoverable: 0 };

  const initialInodes = new Map<number, Buffer>();
  for (const { inode, data } of opts.initial.files.values()) initialInodes.set(inode, data);

  for (let crash = 0; crash <= opts.events.length; crash++) {
    analysis.crashPoints++;
    const happened = opts.events.slice(0, crash);
    // Durable data per inode: everything written up to its last fsync.
    const written = new Map<number, Buffer[]>();
    const durable = new Map<number, Buffer>(initialInodes);
    let acked = opts.initialRevision;
    const meta: MetaEvent[] = [];
    const forced = new Set<number>();
    for (const e of happened) {
      switch (e.op) {
        case 'write':
          written.set(e.inode, [...(written.get(e.inode) ?? []), e.data]);
          break;
        case 'sync':
          durable.set(e.inode, Buffer.concat(written.get(e.inode) ?? []));
          break;
        case 'syncDir':
          meta.forEach((m, i) => {
            if (parentOf(m) === e.dir) forced.add(i);
          });
          break;
        case 'ack':
          acked = e.revision;
          break;
        default:
          meta.push(e);
      }
    }
    for (let prefix = 0; prefix <= meta.length; prefix++) {
      // Images differ only where the prefix adds something not already forced.
      if (prefix > 0 && forced.has(prefix - 1)) continue;
      analysis.images++;
      const names = new Map<string, number>();
      for (const [path, { inode }] of opts.initial.files) names.set(path, inode);
      const dirs = new Set(opts.initial.dirs);
      meta.forEach((m, i) => {
        if (i >= prefix && !forced.has(i)) return;
        if (m.op === 'create' || m.op === 'link') names.set(m.path, m.inode);
        else if (m.op === 'rename') {
          names.delete(m.from);
          names.set(m.to, m.inode);
        } else if (m.op === 'unlink') names.delete(m.path);
        else dirs.add(m.path);
      });
      const initialDirs = new Set(opts.initial.dirs);
      const visible = (dir: string): boolean => initialDirs.has(dir) || (dirs.has(dir) && dirname(dir) !== dir && visible(dirname(dir)));
      const contentAt = (path: string): Buffer | null => {
        if (!visible(dirname(path))) return null;
        const inode = names.get(path);
        if (inode === undefined) return null;
        return durable.get(inode) ?? Buffer.alloc(0);
      };
      const found = contentAt(opts.target);
      const rev = found ? revisionOfHash.get(sha(found)) : undefined;
      if (rev !== undefined && rev >= acked) continue;
      analysis.violations.push({ crashPoint: crash, acked, found: found === null ? 'missing' : rev !== undefined ? `revision ${rev}` : `${found.length} unknown bytes` });
      const backupHoldsAcked = [...names.keys()].some((p) => dirname(p) === opts.backupDir && revisionOfHash.get(sha(contentAt(p) ?? Buffer.alloc(0))) === acked);
      if (!backupHoldsAcked) analysis.unrecoverable++;
    }
  }
  return analysis;
}
