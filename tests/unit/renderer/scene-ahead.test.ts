import { afterEach, describe, expect, it } from 'vitest';
import { readShowThenReply } from '../../../renderer/app/api/show-then-reply';
import { onShowAhead } from '../../../renderer/app/api/show-ahead';
import { buildScene } from '../../../renderer/editor/canvas/scene';
import { prepareSceneAhead, takeSceneAhead } from '../../../renderer/editor/canvas/scene-ahead';
import { openingLevel } from '../../../renderer/editor/site-store';
import { generateShow } from '../../../shared/sample/generate';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The browser host's body: the show's bytes, then the reply, in chunks that split them anywhere. */
function body(show: Buffer, reply: unknown, chunk = 1000): Response {
  const all = Buffer.concat([show, Buffer.from(JSON.stringify(reply))]);
  let at = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(c) {
        if (at >= all.length) return c.close();
        c.enqueue(new Uint8Array(all.subarray(at, at + chunk)));
        at += chunk;
      },
    }),
  );
}

describe('a show offered ahead of the host’s verdict', () => {
  const doc = generateShow({ halls: 4, booths: 200, exhibitors: 60, seed: 11 });
  const bytes = Buffer.from(JSON.stringify(doc));

  it('is offered once parsed, as the very object the reply can vouch for, before the reply is read', async () => {
    const offered: unknown[] = [];
    cleanups.push(onShowAhead((show) => offered.push(show)));
    // A listener that throws does not stop the read nor the others.
    cleanups.push(onShowAhead(() => { throw new Error('not a show I can prepare'); }));
    const { reply, sent } = await readShowThenReply(body(bytes, { ok: true, value: 1 }), bytes.length);
    expect(reply).toEqual({ ok: true, value: 1 });
    expect(offered).toHaveLength(1);
    expect(sent.ok && sent.project).toBe(offered[0]);
    expect(offered[0]).toEqual(doc);
  });

  it('bytes that do not parse are offered to no one', async () => {
    const offered: unknown[] = [];
    cleanups.push(onShowAhead((show) => offered.push(show)));
    const cut = bytes.subarray(0, 500);
    const { sent } = await readShowThenReply(body(cut, { ok: true, value: 1 }), cut.length);
    expect(sent.ok).toBe(false);
    expect(offered).toEqual([]);
  });

  it('the plan takes the scene built ahead for its opening level, once, and builds its own otherwise', () => {
    const show = JSON.parse(bytes.toString('utf8')) as typeof doc;
    const level = openingLevel(show);
    prepareSceneAhead(show);
    const scene = takeSceneAhead(show, level);
    expect(scene).not.toBeNull();
    const fresh = buildScene(show, level);
    expect(scene!.booths.map((b) => b.id)).toEqual(fresh.booths.map((b) => b.id));
    expect(scene!.booths.length).toBeGreaterThan(0);
    expect(takeSceneAhead(show, level)).toBeNull();
    // Another level than the one built for (the window chose another): nothing is taken.
    prepareSceneAhead(show);
    expect(takeSceneAhead(show, level + 1)).toBeNull();
    // Another document, even an equal one, never gets this one's scene.
    prepareSceneAhead(show);
    expect(takeSceneAhead(JSON.parse(bytes.toString('utf8')) as typeof doc, level)).toBeNull();
  });
});
