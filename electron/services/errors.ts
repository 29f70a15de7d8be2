import type { ApiError, ApiErrorCode, Result } from '../../shared/ipc/contract';

/** The success side of a `Result`. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** The failure side of a `Result`, with optional path and details. */
export function fail<T = never>(code: ApiErrorCode, extra: Omit<ApiError, 'code'> = {}): Result<T> {
  return { ok: false, error: { code, ...extra } };
}

/**
 * A failure that already knows its contract error code. Services throw it internally and turn
 * it into a `Result` at their public edge, so expected failures never escape as exceptions.
 */
export class ServiceError extends Error {
  constructor(readonly apiError: ApiError) {
    super(`${apiError.code}${apiError.path ? ` (${apiError.path})` : ''}${apiError.details?.length ? `: ${apiError.details.join('; ')}` : ''}`);
    this.name = 'ServiceError';
  }
}

/** Node's error code of a system error, if it has one. */
export function errnoCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
}

/**
 * Maps a file system error to the contract's codes. Anything unexpected becomes `io` with the
 * system's text in `details` (for support; the renderer shows its own sentence).
 */
export function fsApiError(e: unknown, path: string): ApiError {
  if (e instanceof ServiceError) return e.apiError;
  const code = errnoCode(e);
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found', path };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'permission', path, details: [message] };
    case 'EISDIR':
      return { code: 'not-a-file', path };
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', path, details: [message] };
    default:
      return { code: 'io', path, details: [message] };
  }
}
