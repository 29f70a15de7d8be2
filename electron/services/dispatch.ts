import { CHANNELS, type ApiMethod } from '../../shared/ipc/contract';
import { parseRequest } from '../../shared/ipc/schemas';
import type { HostApi, OpenCall } from './show-bytes';

export class UnknownMethodError extends Error {
  constructor(readonly method: string) {
    super(`unknown method: ${method}`);
    this.name = 'UnknownMethodError';
  }
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(CHANNELS, name);
}

/**
 * `call`: what the transport offers beyond the reply, passed to the service as its second
 * argument (today `openProject`'s early file bytes, `OpenCall`). Not part of the payload: the
 * window cannot set it.
 */
export type Dispatch = (method: string, payload: unknown, call?: OpenCall) => Promise<unknown>;

/**
 * The one gate between a transport (IPC or HTTP) and the services: only contract methods,
 * and every payload parsed with the contract's schema before a service sees it. Throws
 * UnknownMethodError or InvalidPayloadError; services' own failures are `Result` values.
 */
export function createDispatcher(api: HostApi): Dispatch {
  return async (method, payload, call) => {
    if (!isApiMethod(method)) throw new UnknownMethodError(method);
    const arg = parseRequest(method, payload);
    const fn = api[method] as (arg: unknown, call?: OpenCall) => Promise<unknown>;
    return method === 'openProject' && call ? fn(arg, call) : fn(arg);
  };
}
