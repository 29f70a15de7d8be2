import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable `npm start` can launch, or null when it is not installed (npm
 * fetches the `electron` package, but its binary is a separate download that fails offline).
 * Mirrors `electron/index.js` without its side effect: requiring that module tries to
 * download the binary when it is missing.
 */
export function findElectronBinary(electronPackageDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(electronPackageDir, 'path.txt');
  let executable: string | null = null;
  try {
    if (existsSync(pathFile)) executable = readFileSync(pathFile, 'utf8').trim() || null;
  } catch {
    executable = null;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!executable) return null;
  const full = join(electronPackageDir, 'dist', executable);
  return existsSync(full) ? full : null;
}
