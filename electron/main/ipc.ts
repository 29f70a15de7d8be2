import { API_METHODS, CHANNELS } from '../../shared/ipc/contract';
import { createDispatcher } from '../services/dispatch';
import { packProjectJson } from '../services/project-json';
import type { HostApi } from '../services/show-bytes';
import { isTrustedSender, type SenderEventLike } from './sender';

/** The part of `ipcMain` used here (so a plain object can stand in for it in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export class UntrustedSenderError extends Error {
  constructor(method: string, url: string | undefined) {
    super(`refused ${method}: the call did not come from the Pavilion window (${url ?? 'no frame'})`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * One `ipcMain.handle` per contract channel: the sender is checked, the payload parsed with
 * the contract's schema, then the service runs. A show in the reply goes as its file text
 * when that is known (`packProjectJson`; the window's api client parses it back). Returns a
 * function removing the handlers.
 *
 * How Electron carries a show: the file's bytes, a Node `Buffer`, are copied once into the
 * IPC message and arrive in the window as one `Uint8Array` (no structured clone of ~100,000
 * objects), which the window decodes and parses (`unpackProjectJson`). They travel in the
 * reply, i.e. after the main process has loaded and validated them. The browser host also
 * sends them ahead of its verdict (`OpenCall.sendShowBytes`, electron/web-host/server.ts) so
 * that the page parses while the host does; here no `OpenCall` is passed yet: doing the same
 * needs a second message to the window (`event.sender.send` with the bytes before the reply,
 * ordered before it on the same pipe) and a preload event to receive it, which cannot be
 * run on the machines this app is tested on. A show this build checked or wrote before
 * (`CheckedShows`) is answered without that wait all the same: its bytes, before the main
 * process parses them.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, api: HostApi, isTrusted: (event: SenderEventLike) => boolean = isTrustedSender): () => void {
  const dispatch = createDispatcher(api);
  for (const method of API_METHODS) {
    ipcMain.handle(CHANNELS[method], async (event, arg) => {
      if (!isTrusted(event)) throw new UntrustedSenderError(method, event.senderFrame?.url);
      // A transport's call (`OpenCall`): its reply sends a show as its recorded file text.
      return packProjectJson(await dispatch(method, arg, {}));
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(CHANNELS[method]);
  };
}
