import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findKnownBad, packageNameOf } from '../../../scripts/lockfile-check';
import { judge, parseFindings } from '../../../scripts/security-scan';

const KNOWN_BAD = JSON.parse(readFileSync('resources/security/known-bad.json', 'utf8')) as unknown;

describe('lockfile-check', () => {
  it('names packages from their node_modules path, scoped and nested', () => {
    expect(packageNameOf('node_modules/lodash')).toBe('lodash');
    expect(packageNameOf('node_modules/a/node_modules/@babel/traverse')).toBe('@babel/traverse');
    expect(packageNameOf('')).toBeNull();
  });

  it('finds known-bad versions anywhere in the tree (nested, scoped, aliased) and passes fixed ones', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'pavilion', version: '0.1.0' },
        'node_modules/lodash': { version: '4.17.21' },
        'node_modules/old/node_modules/lodash': { version: '4.17.15' },
        'node_modules/@babel/traverse': { version: '7.22.0' },
        'node_modules/sheet': { name: 'xlsx', version: '0.18.5' },
        'node_modules/semver': { version: '7.8.6' },
        'node_modules/linked': { link: true },
        'node_modules/ws': { version: '8.17.1' },
      },
    };
    const found = findKnownBad(lock, KNOWN_BAD).map((f) => `${f.name}@${f.version} ${f.location}`);
    expect(found).toEqual(['@babel/traverse@7.22.0 node_modules/@babel/traverse', 'lodash@4.17.15 node_modules/old/node_modules/lodash', 'xlsx@0.18.5 node_modules/sheet']);
  });

  it('the committed list is well formed and the repository lockfile is clean', () => {
    expect(findKnownBad(JSON.parse(readFileSync('package-lock.json', 'utf8')), KNOWN_BAD)).toEqual([]);
    expect(() => findKnownBad({ lockfileVersion: 3, packages: {} }, { entries: [{ name: 'x', range: 'not a range', advisory: 'a' }] })).toThrow(/semver range/);
  });
});

describe('security-scan', () => {
  const csv = [
    'issue, severity, confidence, filename, location, sample, description, url',
    'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","dist-electron/main.js","10:2","const win = new BrowserWindow(createMainWindowOptions(join(app.getAppPath(), ""dist-electron"", ""preload.cjs""), initial));","Review",u',
    'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","dist-electron/main.js","20:2","const w = new BrowserWindow({ webPreferences: {} });","Review",u',
    'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","dist-electron/main.js","30:2","x","Disable nodeIntegration",u',
    'SANDBOX_JS_CHECK,"MEDIUM","FIRM","dist-electron/main.js","10:2","x","Use sandbox",u',
  ].join('\n');

  it('reads the CSV, quoted fields included', () => {
    const f = parseFindings(csv);
    expect(f).toHaveLength(4);
    expect(f[0]).toMatchObject({ issue: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', location: '10:2' });
    expect(f[0]!.sample).toContain('"dist-electron"');
  });

  it('fails on every HIGH finding except the one narrowly excluded (our own window options)', () => {
    const { failing, excluded } = judge(parseFindings(csv));
    expect(excluded.map((e) => e.finding.location)).toEqual(['10:2']);
    expect(failing.map((f) => `${f.issue} ${f.location}`)).toEqual(['CONTEXT_ISOLATION_JS_CHECK 20:2', 'NODE_INTEGRATION_JS_CHECK 30:2']);
  });
});
