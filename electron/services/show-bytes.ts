import type { OpenedProject, OpenProjectRequest, PavilionApi, Result } from '../../shared/ipc/contract';
import { SCHEMA_VERSION } from '../../shared/model/project';
import { projectJsonOf } from './project-json';

/**
 * What a transport offers one call of `openProject`. Passed only by a transport, which sends
 * a show whose file text is recorded (`projectJsonOf`) as that text: the reply's show may then
 * be a stand-in for it (`fileTextStandIn`, for a file `CheckedShows` vouches for).
 *
 * `sendShowBytes`: a way to send the show file's bytes to the window as they are read, before
 * the host has parsed and validated them. The window may parse them meanwhile (the two run on
 * two cores instead of one after the other), but shows them only when the reply says that the
 * host's document is exactly their JSON (`isJsonOfBytes`); a file the host refuses, migrates
 * or changes is sent again in the reply, or not at all.
 */
export interface OpenCall {
  /**
   * Starts sending a show file of `length` bytes (its size when the read began). Null when
   * the transport has already answered this call.
   */
  sendShowBytes?(length: number): ShowBytesSink | null;
}

/** The file's bytes on their way to the window, in order; see `showBytesSink`. */
export interface ShowBytesSink {
  /** The next bytes of the file; what goes beyond the announced length is not sent. */
  write(piece: Buffer): void;
  /**
   * No more bytes (the read ended or failed). A file that ended short of the announced length
   * is made up with spaces, so the reply still comes after exactly that many bytes. Resolves
   * once everything has left, with exactly the bytes sent. Never rejects; the same promise
   * each time.
   */
  end(): Promise<Buffer>;
}

/**
 * A `ShowBytesSink` over a transport's ordered writes (`write` resolves once its chunk has
 * left). The pieces of one read are views of one buffer, so what was sent is usually that
 * buffer again, not a copy.
 */
export function showBytesSink(length: number, write: (chunk: Buffer) => Promise<void>): ShowBytesSink {
  const pieces: Buffer[] = [];
  let sent = 0;
  let last: Promise<void> = Promise.resolve();
  let ended: Promise<Buffer> | null = null;
  const send = (chunk: Buffer) => {
    pieces.push(chunk);
    sent += chunk.length;
    last = write(chunk);
  };
  return {
    write(piece) {
      if (ended || sent >= length) return;
      send(piece.length > length - sent ? piece.subarray(0, length - sent) : piece);
    },
    end() {
      if (!ended) {
        if (sent < length) send(Buffer.alloc(length - sent, 0x20));
        ended = last.then(() => joinPieces(pieces));
      }
      return ended;
    },
  };
}

/** The pieces as one buffer: a view when they lie one after the other in the same memory. */
function joinPieces(pieces: readonly Buffer[]): Buffer {
  if (pieces.length === 0) return Buffer.alloc(0);
  const first = pieces[0]!;
  let end = first.byteOffset;
  for (const p of pieces) {
    if (p.buffer !== first.buffer || p.byteOffset !== end) return Buffer.concat(pieces);
    end += p.length;
  }
  return Buffer.from(first.buffer, first.byteOffset, end - first.byteOffset);
}

/**
 * The contract as the hosts run it: `openProject` also takes what the transport offers
 * (`OpenCall`). The window's side of the contract is unchanged; the dispatcher passes the
 * call, never the window.
 */
export type HostApi = Omit<PavilionApi, 'openProject'> & {
  openProject(req: OpenProjectRequest, call?: OpenCall): Promise<Result<OpenedProject>>;
};

const HEAD_BYTES = 512;
const VERSION_AT_HEAD = /^\s*\{\s*"format"\s*:\s*"pavilion-project"\s*,\s*"schemaVersion"\s*:\s*(\d+)\s*[,}]/;

/**
 * Whether a file's first bytes say it is a show of the current schema version, as Pavilion
 * writes it (`format`, then `schemaVersion`, first). Only decides whether sending the bytes
 * early is worth it: a file that will be migrated would be parsed by the window for nothing.
 * The verdict is the host's full load, whatever this says.
 */
export function looksCurrent(bytes: Buffer): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const m = VERSION_AT_HEAD.exec(bytes.toString('latin1', start, start + HEAD_BYTES));
  return m !== null && Number(m[1]) === SCHEMA_VERSION;
}

/**
 * The host's verdict on bytes sent early: true only when `project`'s recorded file text
 * (`projectJsonOf`: set only when validation kept `JSON.parse` of those bytes as it is) is
 * these very bytes, byte for byte, so the window's `JSON.parse` of them is an equal document.
 */
export function isJsonOfBytes(project: unknown, sent: Buffer): boolean {
  const parts = projectJsonOf(project);
  if (!parts || parts.length !== 1) return false;
  const json = parts[0]!;
  // The recorded text leaves out a byte order mark; so does the window's TextDecoder.
  const body = sent[0] === 0xef && sent[1] === 0xbb && sent[2] === 0xbf ? sent.subarray(3) : sent;
  if (json.buffer === body.buffer && json.byteOffset === body.byteOffset && json.length === body.length) return true;
  return json.equals(body);
}
