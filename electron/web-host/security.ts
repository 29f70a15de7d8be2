import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Header carrying the per-launch access token on every API call. */
export const TOKEN_HEADER = 'x-pavilion-token';

/** 256 random bits, URL-safe (it travels in the printed address). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a presented token with the real one in constant time (hashing evens out lengths). */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * Only names of this machine's loopback address may reach the host. A page on another site
 * that rebinds its DNS name to 127.0.0.1 still sends its own name as Host and is turned away.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** A request from a page of another origin (or an opaque `null` origin) is refused. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}
