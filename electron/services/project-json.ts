import { isUtf8 } from 'node:buffer';
import { PROJECT_JSON_KEY } from '../../shared/ipc/project-wire';
import type { Project } from '../../shared/model/project';

/**
 * The file text of documents whose text is known to be an exact JSON of them: a show just
 * read (when validation kept the parsed object as it is) or just written. A host that sends
 * a document as JSON (the browser host) sends these bytes instead of stringifying the
 * document again (~150 ms at 20,000 booths). Weak: an entry lives as long as its document.
 */
const known = new WeakMap<Project, readonly Buffer[]>();

/**
 * Records a show file's bytes as the JSON of `project`, which the caller vouches was parsed
 * from them as it is (`LoadResult.verbatim`). A leading byte order mark is left out; bytes
 * that are not valid UTF-8 are not recorded (decoders replace such bytes, and two decoders
 * need not agree on how).
 */
export function rememberFileJson(project: Project, bytes: Buffer): void {
  const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(text)) known.set(project, [text]);
}

/**
 * A stand-in for a show in a reply: an object with no fields whose recorded file text is
 * `bytes` (valid UTF-8, see `isUtf8`). Both transports send a show with recorded text as that
 * text (`packProjectJson`, and the browser host's reply), so the window gets the show without
 * the host having parsed it (`ProjectService.openProject` for a file vouched for by
 * `CheckedShows`). Never to be read as a document; given only to a transport's reply.
 */
export function fileTextStandIn(bytes: Buffer): Project {
  const standIn = Object.freeze({}) as Project;
  rememberFileJson(standIn, bytes);
  return standIn;
}

/**
 * Records the parts of `serializeProject(project)` in UTF-8 (what a save wrote). Valid by
 * construction: `JSON.stringify` escapes lone surrogates, so the text encodes exactly.
 */
export function rememberWrittenJson(project: Project, parts: readonly Buffer[]): void {
  known.set(project, parts);
}

/** The JSON text of `value`, in parts to be sent in order, when it is a document recorded here. */
export function projectJsonOf(value: unknown): readonly Buffer[] | undefined {
  return typeof value === 'object' && value !== null ? known.get(value as Project) : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A service reply for the desktop window's IPC: a `Result` whose value carries a show with
 * known file text (`OpenedProject`, `ReapplyResult`) gets that text as bytes under
 * `projectJson` in place of the `project` object (see shared/ipc/project-wire.ts; the window
 * parses it back with `unpackProjectJson`). Anything else is returned as it is.
 */
export function packProjectJson(reply: unknown): unknown {
  if (!isRecord(reply) || reply.ok !== true || Object.keys(reply).length !== 2 || !isRecord(reply.value)) return reply;
  const { project, ...rest } = reply.value;
  const json = projectJsonOf(project);
  if (!json || PROJECT_JSON_KEY in rest) return reply;
  return { ok: true, value: { ...rest, [PROJECT_JSON_KEY]: json.length === 1 ? json[0]! : Buffer.concat(json) } };
}
