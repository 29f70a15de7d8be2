import type { ApiError, Result } from '../../../shared/ipc/contract';
import { loadProjectText, type LoadResult } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/project';
import { decodeText, readBytesCapped, type OnPiece } from '../durable-file';
import { fsApiError, ok } from '../errors';
import { rememberFileJson } from '../project-json';
import { looksCurrent, type OpenCall, type ShowBytesSink } from '../show-bytes';
import type { BackupStore } from '../reliability/backups';
import { diskSignature, sameContent, type DiskSignature, type FileBytes } from '../reliability/disk-state';

export interface ReadShow {
  loaded: { project: Project; migratedFrom: number | null };
  seen: DiskSignature;
  bytes: Buffer;
}

/** Reads show files and turns what cannot be opened into errors that offer the show's backups. */
export class ShowReader {
  constructor(private readonly opts: { maxBytes: number; backups: BackupStore }) {}

  /**
   * Reads and loads a show, with backups offered on failure. When `known` (the same file
   * already open, or preloaded) was loaded from these very bytes, its document is what
   * loading them again would give: it is taken as it is, without parsing and validating the
   * file again (a second window, a reloaded page, the show a starting window opens).
   *
   * With `call.sendShowBytes`, the bytes of a current-version file (as its first piece says)
   * go to the window piece by piece as they are read; what is loaded is then those same bytes
   * (one read, one buffer), so the reply's verdict is about exactly what the window has.
   */
  async read(
    key: string,
    path: string,
    offerBackups = true,
    known?: { bytes: FileBytes | null; project: Project; migratedFrom: number | null },
    call?: OpenCall,
  ): Promise<Result<ReadShow>> {
    let bytes: Buffer;
    let seen: DiskSignature;
    const out: { sink: ShowBytesSink | null; first: boolean } = { sink: null, first: true };
    const send = call?.sendShowBytes;
    const onPiece: OnPiece | undefined = send
      ? (piece, size) => {
          // The first piece holds the file's head: only a current-version show is worth sending.
          if (out.first && looksCurrent(piece)) out.sink = send(size);
          out.first = false;
          out.sink?.write(piece);
        }
      : undefined;
    try {
      seen = await diskSignature(key);
      bytes = await readBytesCapped(key, this.opts.maxBytes, onPiece);
    } catch (e) {
      await out.sink?.end();
      return offerBackups ? this.withBackups(fsApiError(e, path), key) : { ok: false, error: fsApiError(e, path) };
    }
    // The host parses once the bytes have left: the parse would hold the transfer up.
    await out.sink?.end();
    if (known && sameContent(bytes, known.bytes)) return ok({ loaded: { project: known.project, migratedFrom: known.migratedFrom }, seen, bytes });
    const loaded = loadProjectText(decodeText(bytes));
    if (!loaded.ok) return this.loadFailure(loaded, path, offerBackups, key);
    // A reply can then carry these bytes rather than the document stringified again.
    if (loaded.verbatim) rememberFileJson(loaded.project, bytes);
    return ok({ loaded, seen, bytes });
  }

  async loadFailure<T>(loaded: Extract<LoadResult, { ok: false }>, path: string, offerBackups: boolean, key = path): Promise<Result<T>> {
    const { code, version, problems } = loaded.error;
    const error: ApiError = { code: `open.${code}`, path, ...(version !== undefined ? { version } : {}), ...(problems ? { details: problems } : {}) };
    return offerBackups ? this.withBackups(error, key) : { ok: false, error };
  }

  /** A failure to open, with the show's backups when it has any. */
  async withBackups<T>(error: ApiError, key: string): Promise<Result<T>> {
    const backups = await this.opts.backups.list(key).catch(() => []);
    return { ok: false, error: backups.length > 0 ? { ...error, backups } : error };
  }
}
