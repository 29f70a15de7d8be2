/**
 * `npm start`: builds the app, then launches it in Electron — or, where Electron's binary
 * could not be downloaded (offline machines), says so in one line and serves browser mode.
 * Options after `--` go to browser mode (`--port`, `--project`, …).
 */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildApp, serveMain } from '../electron/web-host/cli';
import { findElectronBinary } from '../electron/web-host/electron-binary';

const root = fileURLToPath(new URL('..', import.meta.url));

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  await buildApp(root);
  const pkg = electronPackageDir();
  const binary = pkg ? findElectronBinary(pkg) : null;
  if (binary) {
    const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(`Pavilion: Electron could not be started: ${e.message}`);
      process.exit(1);
    });
    return;
  }
  console.log('Electron is not available on this machine (its binary could not be downloaded); starting Pavilion in browser mode instead.');
  await serveMain(process.argv.slice(2), root);
}

main().catch((e: unknown) => {
  console.error(`Pavilion could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

