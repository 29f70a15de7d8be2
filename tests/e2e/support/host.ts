import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  dataDir: string;
  documentsDir: string;
  /** Lines the host printed, for failure messages. */
  output: string[];
  /** Stops the host; its temp folders are removed unless `keepFiles` (to restart on them). */
  stop(opts?: { keepFiles?: boolean }): Promise<void>;
}

export interface HostOptions {
  project?: string;
  /** Existing folders to reuse (e.g. to restart on the same data); fresh temp folders otherwise. */
  dataDir?: string;
  documentsDir?: string;
  /** Environment for the host process, e.g. a system language. */
  env?: Record<string, string>;
  /** Leave the user's name unasked, so the first start asks it (otherwise a fresh host knows "Test User"). */
  askName?: boolean;
}

const READY = /^Pavilion is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/;

/** Starts `npm run serve` as a user would (against the built renderer) and waits for its URL line. */
export async function startHost(opts: HostOptions = {}): Promise<RunningHost> {
  const base = mkdtempSync(join(tmpdir(), 'pavilion-e2e-'));
  const dataDir = opts.dataDir ?? join(base, 'data');
  const documentsDir = opts.documentsDir ?? join(base, 'documents');
  const args = ['--import', 'tsx', 'scripts/serve.ts', '--port', '0', '--data-dir', dataDir, '--documents-dir', documentsDir];
  if (opts.project) args.push('--project', opts.project);
  if (!opts.askName && !existsSync(join(dataDir, 'settings.json'))) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ userName: 'Test User', userNameConfirmed: true }));
  }
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s:\n${output.join('\n')}`)), 30_000);
    const onData = (buf: Buffer) => {
      for (const line of buf.toString('utf8').split(/\r?\n/)) {
        if (!line) continue;
        output.push(line);
        const m = READY.exec(line.trim());
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output.join('\n')}`));
    });
  });
  return {
    url,
    dataDir,
    documentsDir,
    output,
    async stop({ keepFiles = false } = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!keepFiles && !opts.dataDir && !opts.documentsDir) rmSync(base, { recursive: true, force: true });
    },
  };
}
