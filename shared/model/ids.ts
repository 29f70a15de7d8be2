const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Short random ids with a readable prefix (`b_` booth, `ex_` exhibitor…). Uses the platform's
 * crypto where present so ids from two staff members' machines do not collide.
 */
export function newId(prefix: string, length = 10): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${s}`;
}
