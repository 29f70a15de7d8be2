import type { AppSettings, PavilionApi, PavilionBridge } from '../../../shared/ipc/contract';
import { api } from './client';

type OpenReply = ReturnType<PavilionApi['openProject']>;

/**
 * The first two calls of a window's start, the settings and then the last show, made by the
 * window's small entry script (`renderer/app/main.tsx`) before it loads the app. The browser
 * then still compiles the app's 2 MB of script (~0.8 s on two busy cores) with the page's
 * main thread idle: the host reads and sends the show meanwhile instead of after. The
 * app's start-up takes these replies (`takeEarlySettings`, `takeEarlyOpen`) instead of asking
 * again; each is taken once, and only by the start-up, so a later open always asks the host.
 */
export interface EarlyStart {
  /** The settings asked for early, once; null afterwards (then ask the host). */
  takeSettings(): Promise<AppSettings> | null;
  /** The early reply to opening `path`, once; null when that show was not asked for early. */
  takeOpen(path: string): OpenReply | null;
}

/** Asks `bridge` for the settings, then for the last show they name. */
export function earlyStart(bridge: PavilionBridge): EarlyStart {
  let settings: Promise<AppSettings> | null = bridge.getSettings();
  let opening: { path: string; reply: OpenReply } | null = null;
  // Whoever takes a reply sees its failure; one nobody takes must not be an unhandled rejection.
  settings.then(
    (s) => {
      if (!s.lastProject) return;
      const reply = bridge.openProject({ path: s.lastProject });
      reply.catch(() => undefined);
      opening = { path: s.lastProject, reply };
    },
    () => undefined,
  );
  return {
    takeSettings() {
      const s = settings;
      settings = null;
      return s;
    },
    takeOpen(path) {
      const o = opening;
      opening = null;
      return o && o.path === path ? o.reply : null;
    },
  };
}

let started: EarlyStart | null = null;

/** Starts this window's early calls (once). */
export function beginEarlyStart(): void {
  started ??= earlyStart(api());
}

export const takeEarlySettings = (): Promise<AppSettings> | null => started?.takeSettings() ?? null;
export const takeEarlyOpen = (path: string): OpenReply | null => started?.takeOpen(path) ?? null;
