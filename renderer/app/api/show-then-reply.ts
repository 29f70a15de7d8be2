import type { SentShow } from '../../../shared/ipc/project-wire';
import { offerShowAhead } from './show-ahead';

/**
 * Reads a body of `length` bytes of a show file followed by the reply JSON (the browser
 * host's `openProject`, see electron/web-host/server.ts). The show is decoded and parsed as
 * soon as its last byte is in, while the host is still parsing and checking the same bytes;
 * the caller uses that parse only if the reply vouches for it (`withSentShow`). A show that
 * does not parse is reported as `{ ok: false }`, not thrown: the reply decides. A show that
 * parses is offered to those who prepare for it meanwhile (`offerShowAhead`).
 */
export async function readShowThenReply(res: Response, length: number): Promise<{ reply: unknown; sent: SentShow }> {
  if (!Number.isSafeInteger(length) || length < 0) throw new Error(`bad show length ${length}`);
  if (!res.body) throw new Error('the reply has no body');
  const show = new Uint8Array(length);
  let have = 0;
  let sent: SentShow | null = length === 0 ? parseShow(show) : null;
  const rest: Uint8Array[] = [];
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let chunk = value;
    if (have < length) {
      const take = Math.min(length - have, chunk.length);
      show.set(chunk.subarray(0, take), have);
      have += take;
      chunk = chunk.subarray(take);
      if (have === length) {
        // Timeline marks: the bench splits the open at them (bench/node/app-open.ts).
        performance.mark('pavilion:show-bytes');
        sent = parseShow(show);
        performance.mark('pavilion:show-parsed');
        // The host's verdict is usually still to come (its parse and check take longer than ours).
        if (sent.ok) offerShowAhead(sent.project);
      }
    }
    if (chunk.length > 0) rest.push(chunk);
  }
  if (have < length || !sent) throw new Error(`the show was cut short (${have} of ${length} bytes)`);
  const tail = new Uint8Array(rest.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of rest) {
    tail.set(c, at);
    at += c.length;
  }
  return { reply: JSON.parse(new TextDecoder().decode(tail)), sent };
}

function parseShow(bytes: Uint8Array): SentShow {
  try {
    // A byte order mark is dropped by the decoder, as the host leaves it out of the file's JSON.
    return { ok: true, project: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false };
  }
}
