import { describe, expect, it } from 'vitest';
import { buildBridge, type IpcRendererLike } from '../../../electron/preload/bridge';
import { API_METHODS, CHANNELS, EVENT_CHANNELS, type MenuCommand } from '../../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return `reply:${channel}`;
    },
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: ipc, ports: [] }, ...args);
  };
  return { ipc, invoked, listeners, emit };
}

describe('preload bridge', () => {
  it('exposes exactly the contract methods plus onMenuCommand, and nothing of ipcRenderer', () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = buildBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onMenuCommand'].sort());
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipc);
    }
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards each method to its channel with its one argument', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = buildBridge(ipc) as unknown as Record<string, (arg?: unknown) => Promise<unknown>>;
    for (const m of API_METHODS) expect(await bridge[m]!({ m })).toBe(`reply:${CHANNELS[m]}`);
    expect(invoked).toEqual(API_METHODS.map((m) => [CHANNELS[m], { m }]));
    await bridge.getAppInfo!();
    expect(invoked.at(-1)).toEqual([CHANNELS.getAppInfo, undefined]);
  });

  it('delivers menu commands without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const bridge = buildBridge(ipc);
    const got: unknown[][] = [];
    const off = bridge.onMenuCommand((...args: unknown[]) => got.push(args));
    emit(EVENT_CHANNELS.menuCommand, 'file.save' satisfies MenuCommand);
    emit(EVENT_CHANNELS.menuCommand, { not: 'a command' });
    expect(got).toEqual([['file.save']]);
    off();
    expect(listeners.get(EVENT_CHANNELS.menuCommand)?.size).toBe(0);
    emit(EVENT_CHANNELS.menuCommand, 'file.open');
    expect(got).toHaveLength(1);
  });
});
