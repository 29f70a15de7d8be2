import type { OpenedProject, OpenProjectRequest, PavilionApi, Result } from '../../shared/ipc/contract';
import { SCHEMA_VERSION } from '../../shared/model/project';
import { projectJsonOf } from './project-json';

/**
 * What a transport offers one call of `openProject`: a way to send the show file's bytes to
 * the window as soon as they are read, before the host has parsed and validated them. The
 * window may parse them meanwhile (the two run on two cores instead of one after the other),
 * but shows them only when the reply says that the host's document is exactly their JSON
 * (`isJsonOfBytes`); a file the host refuses, migrates or changes is sent again in the reply,
 * or not at all.
 */
export interface OpenCall {
  /** Resolves once the bytes are handed to the transport (the host then parses them). Never rejects. */
  sendShowBytes?(bytes: Buffer): Promise<void>;
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
