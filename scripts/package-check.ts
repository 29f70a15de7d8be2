/**
 * Packages the built app with electron-builder (`--dir`, Linux) against a stand-in Electron
 * distribution, then checks what went into app.asar and that the security fuses were flipped.
 * The real Electron binary is not needed: electron-builder only copies it, and the stand-in
 * carries the fuse sentinel so @electron/fuses writes to it exactly as it would to Electron.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractAll, listPackage } from '@electron/asar';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults for fuse wire v1: RunAsNode, CookieEncryption, NodeOptions, CliInspect,
// AsarIntegrity, OnlyLoadFromAsar, BrowserV8Snapshot, FileProtocolPrivileges.
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const ELECTRON_DEFAULTS = '10110001';
const EXPECTED: Record<(typeof FUSE_NAMES)[number], '0' | '1'> = {
  runAsNode: '0',
  enableCookieEncryption: '1',
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  enableEmbeddedAsarIntegrityValidation: '1',
  onlyLoadAppFromAsar: '1',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '0',
};

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const root = process.cwd();
for (const built of ['dist/index.html', 'dist-electron/main.js', 'dist-electron/preload.cjs']) {
  if (!existsSync(join(root, built))) {
    console.error(`package-check: ${built} is missing; run "npm run build" first.`);
    process.exit(2);
  }
}

// The main bundle imports the addon by name (it is not bundled: a bundled copy cannot find its binary).
const mainChunks = readdirSync(join(root, 'dist-electron')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(root, 'dist-electron', f), 'utf8'));
check(mainChunks.some((c) => /from ["']better-sqlite3["']|import\(["']better-sqlite3["']\)/.test(c)), 'the main bundle imports better-sqlite3 from node_modules');
check(!mainChunks.some((c) => c.includes('better_sqlite3.node') && c.includes('function Database(')), 'the main bundle does not inline better-sqlite3');

const work = mkdtempSync(join(tmpdir(), 'pavilion-pack-'));
const dist = join(work, 'electron-dist');
mkdirSync(join(dist, 'resources'), { recursive: true });
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;
const wire = Buffer.concat([
  Buffer.from(`#!/bin/sh\necho "stand-in for Electron ${electronVersion}"\nexit 0\n# `),
  Buffer.from(SENTINEL),
  Buffer.from([1, ELECTRON_DEFAULTS.length]),
  Buffer.from(ELECTRON_DEFAULTS),
  Buffer.from('\n'),
]);
writeFileSync(join(dist, 'electron'), wire);
chmodSync(join(dist, 'electron'), 0o755);
writeFileSync(join(dist, 'version'), `v${electronVersion}`);
writeFileSync(join(dist, 'LICENSE'), 'stand-in');

try {
  const out = join(work, 'out');
  const res = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${out}`,
      // Rebuilding the SQLite addon for Electron needs Electron's headers, which the stand-in
      // does not have; the real build (npm run dist) rebuilds it. Here the Node build is packed.
      '-c.npmRebuild=false',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    console.error('package-check: electron-builder failed');
    process.exit(1);
  }
  const unpacked = join(out, 'linux-unpacked');
  const asarPath = join(unpacked, 'resources', 'app.asar');
  check(existsSync(asarPath), 'app.asar was written');
  const files = listPackage(asarPath, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  for (const needed of ['/package.json', '/dist/index.html', '/dist-electron/main.js', '/dist-electron/preload.cjs']) {
    check(files.includes(needed), `app.asar contains ${needed}`);
  }
  const leaked = files.filter((f) => /^\/(shared|renderer|electron|tests|scripts|docs|\.ci)\//.test(f) || /\.(ts|tsx|map)$/.test(f));
  check(leaked.length === 0, `app.asar holds no sources, tests or source maps${leaked.length ? `: ${leaked.slice(0, 5).join(', ')}` : ''}`);
  // Everything is bundled but the sync server's native SQLite addon and what loads it.
  const RUNTIME = new Set(['better-sqlite3', 'bindings', 'file-uri-to-path']);
  const modules = files.filter((f) => f.startsWith('/node_modules/') && !RUNTIME.has(f.split('/')[2]!));
  check(modules.length === 0, `app.asar holds no node_modules but ${[...RUNTIME].join(', ')}${modules.length ? `: ${modules.slice(0, 5).join(', ')}` : ''}`);
  for (const needed of ['/node_modules/better-sqlite3/lib/index.js', '/node_modules/bindings/bindings.js', '/node_modules/file-uri-to-path/index.js']) {
    check(files.includes(needed), `app.asar contains ${needed}`);
  }
  const addon = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  check(existsSync(addon), 'the SQLite addon is unpacked beside app.asar (a native library cannot load from inside it)');
  const installer = files.filter((f) => /\/(prebuild-install|node-gyp|src|deps)\//.test(f) || /\.(a|gyp|cpp|c|h)$/.test(f));
  check(installer.length === 0, `app.asar holds no addon sources or installer${installer.length ? `: ${installer.slice(0, 5).join(', ')}` : ''}`);
  // The packed sync server starts from the packed files alone (Node here; Electron's own Node
  // in the app): the bundle finds better-sqlite3, and it finds its binary, outside the sources.
  const app = join(work, 'app');
  extractAll(asarPath, app);
  cpSync(join(unpacked, 'resources', 'app.asar.unpacked'), app, { recursive: true });
  const chunk = /import\("\.\/(server-[\w-]+\.js)"\)/.exec(readFileSync(join(app, 'dist-electron', 'main.js'), 'utf8'))?.[1];
  check(chunk !== undefined, 'main.js loads the sync server as a chunk of its own');
  if (chunk) {
    const script = `const { startSyncServer } = await import(${JSON.stringify(pathToFileURL(join(app, 'dist-electron', chunk)).href)});
const s = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir: ${JSON.stringify(join(work, 'server-data'))} });
const res = await fetch(s.url.replace(/^ws/, 'http') + '/api/join', { method: 'POST', body: JSON.stringify({ invite: s.adminInvite, name: 'Check' }) });
console.log('joined', res.status);
await s.close();`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    check(run.status === 0 && /joined 200/.test(run.stdout), `the packed sync server starts and admits its admin${run.status === 0 ? '' : `: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ')}`}`);
  }
  const asarMb = statSync(asarPath).size / 1024 / 1024;
  check(asarMb < 30, `app.asar is small (${asarMb.toFixed(1)} MB)`);
  check(existsSync(join(unpacked, 'resources', 'samples', 'expo-sample.pavilion.json')), 'the sample show is shipped in resources/samples');

  const binary = readFileSync(join(unpacked, 'pavilion'));
  const at = binary.indexOf(SENTINEL);
  check(at >= 0, 'the packaged binary carries the fuse wire');
  const fuses = binary.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + FUSE_NAMES.length).toString('latin1');
  FUSE_NAMES.forEach((name, i) => check(fuses[i] === EXPECTED[name], `fuse ${name} = ${EXPECTED[name] === '1' ? 'on' : 'off'}`));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`package-check: ${failures.length} failed`);
  process.exit(1);
}
console.log('package-check: all checks passed');
