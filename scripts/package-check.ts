/**
 * Packages the built app with electron-builder (`--dir`, Linux) against a stand-in Electron
 * distribution, then checks what went into app.asar and that the security fuses were flipped.
 * The real Electron binary is not needed: electron-builder only copies it, and the stand-in
 * carries the fuse sentinel so @electron/fuses writes to it exactly as it would to Electron.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';

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
  const modules = files.filter((f) => f.startsWith('/node_modules/'));
  check(modules.length === 0, `app.asar holds no node_modules (everything is bundled)${modules.length ? `: ${modules.slice(0, 5).join(', ')}` : ''}`);
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
