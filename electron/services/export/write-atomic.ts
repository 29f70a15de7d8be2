import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type WriteErrorCode = 'not-found' | 'permission' | 'io';

export type WriteResult = { ok: true; path: string; bytes: number } | { ok: false; error: { code: WriteErrorCode; path: string; detail?: string } };

/**
 * Writes a file so that a crash leaves either the old file or the new one: a temporary file in
 * the same folder, flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<WriteResult> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
    return { ok: true, path: target, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const mapped: WriteErrorCode = code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission' : 'io';
    return { ok: false, error: { code: mapped, path: target, detail: (e as Error).message } };
  }
}
