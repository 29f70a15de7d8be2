import { API_METHODS, type MenuCommand, type PavilionApi, type PavilionBridge } from '../../../shared/ipc/contract';
import { unpackProjectJson } from '../../../shared/ipc/project-wire';
import { createHttpClient } from './http-client';
import { takeAccessToken } from './token';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    pavilion?: PavilionBridge;
  }
}

/**
 * The renderer's one way to the host: the preload bridge in the desktop app, HTTP to the
 * local browser host otherwise. Nothing else in the renderer knows which one it got.
 */
export function createApiClient(win: Window = window): PavilionBridge {
  const bridge = win.pavilion;
  if (bridge) {
    // Re-wrap so callers never hold the frozen contextBridge object itself, and a missing
    // event API (an older preload) degrades to no menu events instead of a crash. A show in
    // a reply may come as its file text, parsed here (see shared/ipc/project-wire.ts).
    const methods = {} as Record<string, (arg?: unknown) => Promise<unknown>>;
    for (const method of API_METHODS) {
      const call = (bridge as unknown as Record<string, unknown>)[method];
      if (typeof call === 'function') methods[method] = (arg?: unknown) => (call as (a?: unknown) => Promise<unknown>)(arg).then(unpackProjectJson);
    }
    return {
      ...bridge,
      ...(methods as unknown as PavilionApi),
      onMenuCommand: (listener: (command: MenuCommand) => void) =>
        typeof bridge.onMenuCommand === 'function' ? bridge.onMenuCommand(listener) : () => undefined,
    };
  }
  return createHttpClient({ token: takeAccessToken(win.location, win.sessionStorage, win.history) });
}

let shared: PavilionBridge | null = null;

/** The client for this window, created on first use. */
export function api(): PavilionBridge {
  shared ??= createApiClient();
  return shared;
}
