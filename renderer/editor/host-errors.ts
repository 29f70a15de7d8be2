import type { ApiError, ApiErrorCode } from '../../shared/ipc/contract';
import type { Refusal } from '../../shared/editing/result';

/**
 * A call that never produced the method's value: the host was unreachable, refused the token,
 * or failed unexpectedly. Expected failures (file missing, bad file…) arrive as `Result`
 * values instead; this is for the transport itself.
 */
export class HostCallError extends Error {
  constructor(
    readonly method: string,
    readonly reason: 'transport' | 'unauthorized' | 'host',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** Everything the UI can report: the contract's codes plus failures of the call itself. */
export type UiErrorCode = ApiErrorCode | 'transport' | 'unauthorized' | 'host' | 'unexpected' | 'read-only' | 'op-conflict' | 'unsaved-before-switch' | 'refused';

export interface UiError extends Omit<ApiError, 'code'> {
  code: UiErrorCode;
  /** For `refused`: why an editing command declined (translated under `edit.refused.`). */
  refusal?: Pick<Refusal, 'reason' | 'detail' | 'numbers'>;
}

/** An editing command's refusal, reportable like any other error. */
export function refusalError(r: Refusal): UiError {
  return { code: 'refused', refusal: { reason: r.reason, detail: r.detail, numbers: r.numbers } };
}

/** Turns whatever a host call threw into something the UI can translate. */
export function toUiError(e: unknown): UiError {
  if (e instanceof HostCallError) return { code: e.reason, details: [e.message] };
  if (e instanceof Error) return { code: 'unexpected', details: [e.message] };
  return { code: 'unexpected', details: [String(e)] };
}
