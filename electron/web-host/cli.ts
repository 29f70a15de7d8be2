import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserPathPolicy, guardPaths } from '../services/path-guard';
import { createServices, withDialogs, type PavilionServices } from '../services/pavilion-services';
import { browserDialogs } from './browser-dialogs';
import { startWebHost, type RunningWebHost } from './server';

export const USAGE = 'usage: npm run serve -- [--port N] [--project FILE] [--data-dir DIR] [--documents-dir DIR] [--build]';

export interface ServeArgs {
  port: number;
  project: string | null;
  dataDir: string;
  documentsDir: string;
  build: boolean;
}

export class UsageError extends Error {}

/**
 * Reads the serve options. Relative paths are taken from where the user ran npm (`INIT_CWD`),
 * not from the repository root npm switches to.
 */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        project: { type: 'string' },
        'data-dir': { type: 'string' },
        'documents-dir': { type: 'string' },
        build: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const base = env.INIT_CWD ?? cwd;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535\n${USAGE}`);
  const home = homedir();
  const configHome = env.XDG_CONFIG_HOME || join(home, '.config');
  return {
    port,
    project: values.project ? resolve(base, values.project) : null,
    dataDir: values['data-dir'] ? resolve(base, values['data-dir']) : join(configHome, 'Pavilion'),
    documentsDir: values['documents-dir'] ? resolve(base, values['documents-dir']) : join(home, 'Documents'),
    build: values.build ?? false,
  };
}

/** `zh_CN.UTF-8` → `zh-CN`, from the usual locale variables, else the runtime's own locale. */
export function systemLocaleFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    const tag = value.split('.')[0]!.split('@')[0]!.replace('_', '-');
    if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) return tag;
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** Runs `vite build` for the whole app (renderer, main, preload), output shown as it comes. */
export async function buildApp(root: string): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const code = await new Promise<number | null>((done, reject) => {
    const child = spawn(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (c) => done(c));
  });
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`);
}

export interface RunningServe {
  host: RunningWebHost;
  services: PavilionServices;
  /** Stops the server and waits for pending writes. */
  close(): Promise<void>;
}

/**
 * Browser mode: builds the renderer if needed, starts the services and the loopback host,
 * and prints the address (the line tests and users look for).
 */
export async function serve(args: ServeArgs, root: string, log: (line: string) => void = (l) => console.log(l)): Promise<RunningServe> {
  const distDir = join(root, 'dist');
  if (args.build || !existsSync(join(distDir, 'index.html'))) await buildApp(root);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  const services = await createServices({
    dataDir: args.dataDir,
    documentsDir: args.documentsDir,
    resourcesDir: join(root, 'resources'),
    mode: 'browser',
    appVersion: version,
    systemLocale: systemLocaleFromEnv(),
  });
  if (args.project) {
    if (!existsSync(args.project)) log(`Note: ${args.project} does not exist; Pavilion will say so when it tries to open it.`);
    await services.setStartupProject(args.project);
  }
  const api = guardPaths(withDialogs(services, browserDialogs(services)), browserPathPolicy());
  const host = await startWebHost({ api, distDir, port: args.port });
  log(`Pavilion is running at ${host.url}`);
  return {
    host,
    services,
    async close() {
      await host.close();
      await services.close();
    },
  };
}

/** Closes cleanly on Ctrl+C or a termination signal (pending writes finish first). */
export function closeOnSignals(running: RunningServe): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`Pavilion: error while stopping after ${signal}: ${String(e)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `npm run serve`: parse, serve, stay up until a signal. Exit code 2 on bad options. */
export async function serveMain(argv: string[], root: string): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  closeOnSignals(await serve(args, root));
}
