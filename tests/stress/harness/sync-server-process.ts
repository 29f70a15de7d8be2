import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let built: Promise<string> | null = null;

/** A test runner that stops its workers by a signal never runs their exit handlers. */
function removeBuildsOfEndedRuns(): void {
  const dir = join(ROOT, 'dist-server');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The server as `npm run server` runs it: built to plain JavaScript (`vite build --mode
 * server`), once per process, into a folder of its own under `dist-server/` (so that runs at
 * the same time do not replace each other's build, and its packages resolve from
 * node_modules), removed when the process ends.
 */
function builtServer(): Promise<string> {
  built ??= (async () => {
    removeBuildsOfEndedRuns();
    const outDir = join(ROOT, 'dist-server', `run-${process.pid}`);
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'server', '--outDir', outDir], { cwd: ROOT });
    return join(outDir, 'cli.js');
  })();
  return built;
}

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  http: string;
  adminInvite: string | null;
  /** Largest resident set seen so far, bytes (sampled every 100 ms). */
  peakRss(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * `npm run server` as a separate process (so its memory is its own), ready once it prints its
 * address. `nodeArgs` go to node before the script (e.g. `--cpu-prof` to profile the server).
 */
export async function startServerProcess(args: { port: number; data: string; redis?: string; nodeArgs?: readonly string[] }): Promise<ServerProcess> {
  const argv = [...(args.nodeArgs ?? []), await builtServer(), '--port', String(args.port), '--data', args.data, ...(args.redis ? ['--redis', args.redis] : [])];
  const proc = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()).length > 100_000 && (err = err.slice(-50_000)));
  const ready = await new Promise<{ url: string; invite: string | null }>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Pavilion server at (\S+)/.exec(out);
      if (m && out.endsWith('\n')) {
        clearTimeout(t);
        resolve({ url: m[1]!, invite: /Admin invite \(one use\): (\S+)/.exec(out)?.[1] ?? null });
      }
    });
    proc.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  let peak = 0;
  const sample = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // exited
    }
  };
  const timer = setInterval(sample, 100);
  timer.unref();
  return {
    proc,
    url: ready.url,
    http: ready.url.replace(/^ws/, 'http'),
    adminInvite: ready.invite,
    peakRss: () => (sample(), peak),
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      }),
  };
}
