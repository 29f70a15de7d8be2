import { describe, expect, it } from 'vitest';
import { earlyStart } from '../../../renderer/app/api/early-start';
import type { AppSettings, PavilionBridge } from '../../../shared/ipc/contract';

/** A host that records what it was asked; `settings` decides the reply to getSettings. */
function host(settings: () => Promise<Partial<AppSettings>>, open: (path: string) => Promise<unknown> = async (path) => ({ ok: true, value: { path } })) {
  const asked: string[] = [];
  const bridge = {
    getSettings: () => (asked.push('getSettings'), settings()),
    openProject: ({ path }: { path: string }) => (asked.push(`openProject ${path}`), open(path)),
  } as unknown as PavilionBridge;
  return { bridge, asked };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the window start asks early', () => {
  it('for the settings, then for the last show they name; each reply is taken once', async () => {
    const { bridge, asked } = host(async () => ({ lastProject: '/shows/expo.pavilion.json', recentFiles: ['/shows/expo.pavilion.json'] }));
    const early = earlyStart(bridge);
    expect(asked).toEqual(['getSettings']);
    const settings = early.takeSettings();
    expect((await settings!).lastProject).toBe('/shows/expo.pavilion.json');
    expect(early.takeSettings()).toBeNull();
    await flush();
    expect(asked).toEqual(['getSettings', 'openProject /shows/expo.pavilion.json']);
    expect(await early.takeOpen('/shows/expo.pavilion.json')).toEqual({ ok: true, value: { path: '/shows/expo.pavilion.json' } });
    // Taken: a later open of the same show asks the host again.
    expect(early.takeOpen('/shows/expo.pavilion.json')).toBeNull();
  });

  it('opens nothing without a last show, and gives no reply for another path', async () => {
    const none = host(async () => ({ lastProject: null, recentFiles: [] }));
    const a = earlyStart(none.bridge);
    await a.takeSettings();
    await flush();
    expect(none.asked).toEqual(['getSettings']);
    expect(a.takeOpen('/x.pavilion.json')).toBeNull();

    const other = host(async () => ({ lastProject: '/a.pavilion.json', recentFiles: [] }));
    const b = earlyStart(other.bridge);
    await b.takeSettings();
    await flush();
    expect(b.takeOpen('/b.pavilion.json')).toBeNull();
  });

  it('hands a failure to whoever takes the reply, and one nobody takes is not an unhandled rejection', async () => {
    const broken = host(async () => {
      throw new Error('host gone');
    });
    const a = earlyStart(broken.bridge);
    await expect(a.takeSettings()!).rejects.toThrow('host gone');

    const failing = host(
      async () => ({ lastProject: '/a.pavilion.json', recentFiles: [] }),
      async () => {
        throw new Error('disk gone');
      },
    );
    const b = earlyStart(failing.bridge);
    await b.takeSettings();
    await flush();
    await expect(b.takeOpen('/a.pavilion.json')!).rejects.toThrow('disk gone');
    // Never taken: the rejection is handled inside (vitest fails a run on an unhandled one).
    const c = earlyStart(failing.bridge);
    await c.takeSettings();
    await flush();
    await flush();
  });
});
