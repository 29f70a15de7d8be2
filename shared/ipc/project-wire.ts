/**
 * A show crossing from the desktop app's main process to the window as its file's JSON text
 * (UTF-8 bytes) instead of as an object. Electron copies an object across IPC by structured
 * clone, node by node: a 7,500-booth show is ~100,000 objects, cloned once in the main
 * process and rebuilt once in the window, while the file's bytes are copied in one piece and
 * parsed by the window's `JSON.parse` (the browser host already sends the file text, see
 * `electron/web-host/reply.ts`). The main process sends the bytes only when they are known to
 * be an exact JSON of the show (`projectJsonOf`), so the window gets an equal document.
 */

/** The key that replaces `project` in a reply's value when the show is sent as its file text. */
export const PROJECT_JSON_KEY = 'projectJson';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A reply `{ ok: true, value: { …, projectJson: bytes } }` with the show parsed back into
 * `project` (kept last, as the main process had it); any other reply as it is.
 */
export function unpackProjectJson(reply: unknown): unknown {
  if (!isRecord(reply) || reply.ok !== true || !isRecord(reply.value)) return reply;
  const { [PROJECT_JSON_KEY]: bytes, ...rest } = reply.value;
  // isView, not instanceof: the bytes may come from another realm (Electron's context bridge).
  if (!ArrayBuffer.isView(bytes) || 'project' in rest) return reply;
  const project: unknown = JSON.parse(new TextDecoder().decode(bytes));
  return { ...reply, value: { ...rest, project } };
}

/**
 * Browser host, `openProject`: the window asks with this header (`accept`) to get the show
 * file's bytes before the host's verdict on them; the host then answers with this header set
 * to their length, the bytes, and the reply JSON right after them in the same body.
 */
export const SHOW_BYTES_HEADER = 'X-Pavilion-Show-Bytes';

/**
 * Replaces `project` in a reply's value when the host vouches that its document is exactly
 * the JSON of the bytes sent ahead (see electron/services/show-bytes.ts). Only ever `true`.
 */
export const PROJECT_SENT_KEY = 'projectIsShowBytes';

/** The window's own parse of bytes sent ahead, or why there is none. */
export type SentShow = { ok: true; project: unknown } | { ok: false };

/**
 * A reply `{ ok: true, value: { …, projectIsShowBytes: true } }` with the window's parse of the
 * bytes sent ahead put in as `project`; any other reply as it is (the parse is then dropped:
 * the host refused, migrated or changed what it read, and the reply says so or carries the
 * document itself). Throws when the host vouches for bytes the window could not parse.
 */
export function withSentShow(reply: unknown, sent: SentShow): unknown {
  if (!isRecord(reply) || reply.ok !== true || !isRecord(reply.value)) return reply;
  const { [PROJECT_SENT_KEY]: mark, ...rest } = reply.value;
  if (mark !== true || 'project' in rest) return reply;
  if (!sent.ok) throw new Error('the show sent ahead of the reply did not arrive whole');
  return { ...reply, value: { ...rest, project: sent.project } };
}
