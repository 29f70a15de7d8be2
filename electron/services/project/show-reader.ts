import { isUtf8 } from 'node:buffer';
import type { ApiError, Result } from '../../../shared/ipc/contract';
import { loadProjectText, type LoadResult } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/project';
import { decodeText, readBytesCapped, type OnPiece } from '../durable-file';
import { fsApiError, ok } from '../errors';
import { rememberFileJson } from '../project-json';
import { looksCurrent, type OpenCall, type ShowBytesSink } from '../show-bytes';
import type { BackupStore } from '../reliability/backups';
import { showDigest, type CheckedShows } from '../reliability/checked-shows';
import { diskSignature, sameContent, type DiskSignature, type FileBytes } from '../reliability/disk-state';

export interface ReadShow {
  loaded: { project: Project; migratedFrom: number | null };
  seen: DiskSignature;
  bytes: Buffer;
}

/**
 * A show file whose bytes this build checked or wrote before (`CheckedShows`): a current
 * show, exactly as `JSON.parse` makes it, not parsed yet. `load` parses and checks it.
 */
export interface VouchedShow {
  vouched: true;
  seen: DiskSignature;
  bytes: Buffer;
  load(): LoadResult;
}

interface ReadBytes {
  bytes: Buffer;
  seen: DiskSignature;
  /** SHA-256 of `bytes`, when the reader keeps a record of checked shows. */
  digest: string | null;
}

/** The same file as loaded before (open in another window, or preloaded), and its bytes then. */
type KnownShow = { bytes: FileBytes | null; project: Project; migratedFrom: number | null };

/** Reads show files and turns what cannot be opened into errors that offer the show's backups. */
export class ShowReader {
  constructor(private readonly opts: { maxBytes: number; backups: BackupStore; checked?: CheckedShows | null }) {}

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
  async read(key: string, path: string, offerBackups = true, known?: KnownShow, call?: OpenCall): Promise<Result<ReadShow>> {
    const read = await this.readBytes(key, path, offerBackups, call);
    if (!read.ok) return read;
    return this.loadRead(read.value, key, path, offerBackups, known);
  }

  /**
   * `read` for an open a transport asked for: a file whose bytes this build checked or wrote
   * before (`CheckedShows`) comes back unparsed (`VouchedShow`), so that the reply need not
   * wait for the parse. Only when `known` does not apply and the bytes are valid UTF-8 (the
   * reply then carries them as the show's JSON).
   */
  async readForOpen(key: string, path: string, known: KnownShow | undefined, call: OpenCall): Promise<Result<ReadShow | VouchedShow>> {
    const read = await this.readBytes(key, path, true, call);
    if (!read.ok) return read;
    const { bytes, seen, digest } = read.value;
    const knownHere = known && sameContent(bytes, known.bytes);
    if (!knownHere && digest && this.opts.checked && isUtf8(bytes) && (await this.opts.checked.vouches(key, digest))) {
      return ok({ vouched: true, seen, bytes, load: () => loadProjectText(decodeText(bytes)) });
    }
    return this.loadRead(read.value, key, path, true, known);
  }

  private async readBytes(key: string, path: string, offerBackups: boolean, call?: OpenCall): Promise<Result<ReadBytes>> {
    let bytes: Buffer;
    let seen: DiskSignature;
    const out: { sink: ShowBytesSink | null; first: boolean } = { sink: null, first: true };
    const send = call?.sendShowBytes;
    // The digest is taken from the pieces as they come in (~50 ms for 75 MB, spread over the read).
    const hash = this.opts.checked ? showDigest() : null;
    // Where the hashed pieces lie: the digest is of the returned bytes only if they are those pieces.
    const run = { buffer: null as ArrayBufferLike | null, start: 0, end: 0, contiguous: true };
    const onPiece: OnPiece | undefined =
      send || hash
        ? (piece, size) => {
            if (hash) {
              hash.update(piece);
              if (run.buffer === null) Object.assign(run, { buffer: piece.buffer, start: piece.byteOffset, end: piece.byteOffset + piece.length });
              else if (run.buffer === piece.buffer && run.end === piece.byteOffset) run.end += piece.length;
              else run.contiguous = false;
            }
            if (!send) return;
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
    let digest: string | null = null;
    if (hash) {
      // Not so when the file changed size during the read (it is then read again whole).
      const whole = run.contiguous && run.buffer === bytes.buffer && run.start === bytes.byteOffset && run.end === bytes.byteOffset + bytes.length;
      digest = whole ? hash.digest('hex') : showDigest().update(bytes).digest('hex');
    }
    return ok({ bytes, seen, digest });
  }

  private async loadRead(read: ReadBytes, key: string, path: string, offerBackups: boolean, known?: KnownShow): Promise<Result<ReadShow>> {
    const { bytes, seen, digest } = read;
    if (known && sameContent(bytes, known.bytes)) return ok({ loaded: { project: known.project, migratedFrom: known.migratedFrom }, seen, bytes });
    const loaded = loadProjectText(decodeText(bytes));
    if (!loaded.ok) return this.loadFailure(loaded, path, offerBackups, key);
    // A reply can then carry these bytes rather than the document stringified again.
    if (loaded.verbatim) rememberFileJson(loaded.project, bytes);
    // Opening these bytes again need not wait for this parse (`readForOpen`).
    if (digest && loaded.verbatim && loaded.migratedFrom === null) void this.opts.checked?.note(key, digest);
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
