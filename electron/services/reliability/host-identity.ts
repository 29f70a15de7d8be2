import { hostname } from 'node:os';
import { errnoCode } from '../errors';

/** This computer's name, as written into lock owners and open markers. */
export function thisHostName(): string {
  try {
    return hostname() || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Whether a process of this computer is running. Signal 0 checks without sending anything;
 * EPERM means it exists but belongs to another user.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}
