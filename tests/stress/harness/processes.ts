import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ChildMessage } from './saver-child';

const CHILD_SOURCE = fileURLToPath(new URL('./saver-child.ts', import.meta.url));

let bundled: Promise<string> | null = null;

/**
 * The child script bundled into one CommonJS file. Starting a child through tsx costs about
 * 1.5 s (it compiles on every start); the bundle starts in about 0.2 s, which is what makes
 * hundreds of kills affordable. esbuild comes with tsx.
 */
export function childScript(): Promise<string> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-child-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'saver-child.cjs');
    await build({ entryPoints: [CHILD_SOURCE], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
    return outfile;
  })();
  return bundled;
}

export interface RunningChild {
  proc: ChildProcess;
  messages: ChildMessage[];
  /** When each message arrived (Date.now()), index for index with `messages`. */
  times: number[];
  /** Resolves with the first message matching, or null when the child exits first. */
  waitFor(pred: (m: ChildMessage) => boolean, timeoutMs?: number): Promise<ChildMessage | null>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts the saver child on a show: `kill` mode commits until killed, `writer` mode makes `commits` assignments. */
export async function startSaver(file: string, mode: 'kill' | 'writer', opts: { seed: number; commits?: number; parity?: number; takeOver?: boolean }): Promise<RunningChild> {
  const script = await childScript();
  const args = [script, file, mode, String(opts.seed), String(opts.commits ?? 0), String(opts.parity ?? -1), ...(opts.takeOver ? ['takeOver'] : [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const messages: ChildMessage[] = [];
  const times: number[] = [];
  const waiters: { pred: (m: ChildMessage) => boolean; done: (m: ChildMessage | null) => void }[] = [];
  let err = '';
  let buffer = '';
  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      let m: ChildMessage;
      try {
        m = JSON.parse(line) as ChildMessage;
      } catch {
        continue;
      }
      messages.push(m);
      times.push(Date.now());
      for (const w of [...waiters]) {
        if (w.pred(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.done(m);
        }
      }
    }
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (c: string) => {
    if (err.length < 20_000) err += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.on('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.done(null);
      resolve({ code, signal });
    });
  });
  return {
    proc,
    messages,
    times,
    exited,
    stderr: () => err,
    waitFor(pred, timeoutMs = 60_000) {
      const seen = messages.find(pred);
      if (seen) return Promise.resolve(seen);
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(null);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(entry), 1);
          resolve(null);
        }, timeoutMs);
        const entry = {
          pred,
          done: (m: ChildMessage | null) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        waiters.push(entry);
      });
    },
  };
}
