import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

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
  const argv = [...(args.nodeArgs ?? []), '--import', 'tsx', 'electron/sync-server/cli.ts', '--port', String(args.port), '--data', args.data, ...(args.redis ? ['--redis', args.redis] : [])];
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
