import { CHANNELS, type ApiMethod, type PavilionApi } from '../../shared/ipc/contract';
import { parseRequest } from '../../shared/ipc/schemas';

export class UnknownMethodError extends Error {
  constructor(readonly method: string) {
    super(`unknown method: ${method}`);
    this.name = 'UnknownMethodError';
  }
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(CHANNELS, name);
}

export type Dispatch = (method: string, payload: unknown) => Promise<unknown>;

/**
 * The one gate between a transport (IPC or HTTP) and the services: only contract methods,
 * and every payload parsed with the contract's schema before a service sees it. Throws
 * UnknownMethodError or InvalidPayloadError; services' own failures are `Result` values.
 */
export function createDispatcher(api: PavilionApi): Dispatch {
  return async (method, payload) => {
    if (!isApiMethod(method)) throw new UnknownMethodError(method);
    const arg = parseRequest(method, payload);
    const fn = api[method] as (arg: unknown) => Promise<unknown>;
    return fn(arg);
  };
}
