import { stat } from 'node:fs/promises';

/**
 * What a file looked like on disk, cheap to take (one stat). Every write of ours replaces the
 * file (a new inode), so an unchanged signature means nobody wrote it since. ctime is
 * included because it cannot be set back by a program that restores mtime.
 */
export interface DiskSignature {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export async function diskSignature(path: string): Promise<DiskSignature> {
  const s = await stat(path);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
}

export function sameSignature(a: DiskSignature | null, b: DiskSignature | null): boolean {
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/**
 * Whether a file holds exactly the bytes we last read or wrote. The revision alone cannot
 * tell two writers apart: two processes that both saved revision 6 from revision 5 wrote
 * different shows. Comparing the bytes themselves (kept from the last read or write) costs
 * nothing on the save path, unlike hashing every save, and runs only after the file's
 * signature changed (another program wrote or touched it).
 */
export function sameContent(disk: Uint8Array | null, ours: FileBytes | null): boolean {
  if (disk === null || ours === null) return false;
  let at = 0;
  for (const part of ours) {
    if (at + part.length > disk.length || Buffer.compare(part, disk.subarray(at, at + part.length)) !== 0) return false;
    at += part.length;
  }
  return at === disk.length;
}

/** A file's content as parts written one after the other (see `ProjectSerializer`). */
export type FileBytes = readonly Uint8Array[];

/**
 * The `revision` of a show file's text, without validating the rest (for conflict reports);
 * null when the text is not a JSON object with a whole-number revision.
 */
export function peekRevision(text: string): number | null {
  try {
    const raw: unknown = JSON.parse(text);
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const revision = (raw as { revision?: unknown }).revision;
      if (typeof revision === 'number' && Number.isInteger(revision) && revision >= 0) return revision;
    }
  } catch {
    // Not JSON: no revision to report.
  }
  return null;
}
