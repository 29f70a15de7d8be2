import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSampleArgs, UsageError } from '../../../scripts/sample';
import { validateFile } from '../../../scripts/validate';
import { loadProjectText } from '../../../shared/model';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'pavilion-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script as `npm run` would (through tsx); each run costs about a second, so few do. */
function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', () => {
  it('prints OK with counts, migrating old versions', async () => {
    const r = await validateFile(join(FIXTURES, 'v0', 'pilot-show.json'));
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^OK .*pilot-show\.json: schema version 2 \(migrated from schema version 0: .*\); 1 halls, 3 booths \(1 assigned, 1 hold, 1 available\), 2 exhibitors/);
  });

  it('prints each problem of an invalid file', async () => {
    const r = await validateFile(join(FIXTURES, 'broken', 'invalid.json'));
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/^INVALID .*invalid\.json \(invalid\):$/),
      '  booths.b_103.shape.w: Too small: expected number to be >=0.01',
      '  booths.b_102.hallId: unknown hall "hall_9"',
      '  booths.b_103.status: status is assigned but no assignment exists',
    ]);
  });

  it('explains the other failures', async () => {
    const line = async (path: string) => {
      const r = await validateFile(path);
      expect(r.code).toBe(1);
      return r.lines.join('\n');
    };
    expect(await line(join(FIXTURES, 'broken', 'newer-version.json'))).toContain('written by a newer Pavilion: schema version 3, this build reads up to 2');
    expect(await line(join(FIXTURES, 'broken', 'truncated.json'))).toMatch(/\(not-json\):\n {2}not JSON: /);
    expect(await line(join(FIXTURES, 'broken', 'empty.json'))).toContain('the file is empty');
    expect(await line(join(FIXTURES, 'broken', 'other-format.json'))).toContain('not a Pavilion project');
    expect(await line(join(FIXTURES, 'broken', 'unknown-version.json'))).toContain('unknown schema version');
    expect(await line(join(dir, 'nope.pavilion.json'))).toContain('cannot read: no such file');
    expect(await line(dir)).toContain('cannot read: not a regular file');
    // A sparse file over the 200 MB cap: refused from its size, without reading it.
    const huge = join(dir, 'huge.pavilion.json');
    writeFileSync(huge, '');
    truncateSync(huge, 201 * 1024 * 1024);
    expect(await line(huge)).toContain('cannot read: too large');
  });

  it('exits 0 / 1 / 2 from the command line', () => {
    const ok = run('validate.ts', [join(ROOT, 'resources', 'samples', 'expo-sample.pavilion.json')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^OK .*: schema version 2; 2 halls, 150 booths/);
    const bad = run('validate.ts', [join(FIXTURES, 'broken', 'invalid.json')]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('  booths.b_102.hallId: unknown hall "hall_9"');
    const usage = run('validate.ts', ['a.json', 'b.json']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage: npm run validate -- FILE');
  });
});

describe('npm run sample', () => {
  it('reads options and presets', () => {
    expect(parseSampleArgs(['--halls', '15', '--booths', '7500', '--exhibitors', '3500', '--seed=-3', '--out', 'x.json', '--assigned', '0.5', '--today', '2026-11-23'])).toEqual({
      options: { halls: 15, booths: 7500, exhibitors: 3500, seed: -3, assignedShare: 0.5, today: '2026-11-23' },
      out: 'x.json',
    });
    expect(parseSampleArgs(['--preset', 'expo-sample', '--out', 'x.json']).options.booths).toBe(150);
  });

  it('takes seed 1 and a file named for the size when they are not given', () => {
    expect(parseSampleArgs(['--booths', '75000', '--halls', '45', '--exhibitors', '35000'])).toEqual({ options: { halls: 45, booths: 75000, exhibitors: 35000, seed: 1 }, out: 'sample-75000.pavilion.json' });
  });

  it('refuses bad arguments with a clear reason', () => {
    const reason = (args: string[]) => {
      try {
        parseSampleArgs(args);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error(`accepted ${args.join(' ')}`);
    };
    const good = ['--halls', '2', '--booths', '10', '--exhibitors', '5', '--seed', '1', '--out', 'o.json'];
    expect(reason(good.map((a) => (a === '2' ? 'two' : a)))).toBe('--halls must be a whole number, got "two"');
    expect(reason(good.slice(0, 4).concat(good.slice(6)))).toBe('--exhibitors is required');
    expect(reason(['--preset', 'expo-sample'])).toBe('--out is required');
    expect(reason([...good, '--assigned', 'lots'])).toBe('--assigned must be a number from 0 to 1, got "lots"');
    expect(reason([...good, '--bogus'])).toMatch(/Unknown option '--bogus'/);
    expect(reason(['stray'])).toMatch(/positional/);
    expect(reason(['--preset', 'nope', '--out', 'o.json'])).toBe('unknown preset "nope" (known: expo-sample)');
    expect(reason(['--preset', 'expo-sample', '--seed', '3', '--out', 'o.json'])).toBe('--preset takes no other options (got --seed)');
  });

  it('writes an indented valid show with a one-line summary, and compact JSON above 2,000 booths', () => {
    const small = join(dir, 'nested', 'show.pavilion.json');
    const r = run('sample.ts', ['--halls', '3', '--booths', '240', '--exhibitors', '120', '--seed', '9', '--out', small]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^Wrote .*show\.pavilion\.json: 3 halls, 240 booths \(\d+ assigned, \d+ on hold, \d+ reserved, \d+ blocked\), 120 exhibitors/);
    const text = readFileSync(small, 'utf8');
    expect(text.startsWith('{\n  "format": "pavilion-project"')).toBe(true);
    expect(loadProjectText(text).ok).toBe(true);

    const big = join(dir, 'big.pavilion.json');
    expect(run('sample.ts', ['--halls', '2', '--booths', '2000', '--exhibitors', '100', '--seed', '1', '--out', big]).code).toBe(0);
    expect(readFileSync(big, 'utf8').startsWith('{"format":"pavilion-project"')).toBe(true);
  });

  it('exits 2 with the reason and usage for bad arguments or impossible options', () => {
    const r = run('sample.ts', ['--halls', '0', '--booths', '10', '--exhibitors', '5', '--seed', '1', '--out', join(dir, 'o.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sample: halls must be a whole number from 1 to 100, got 0');
    expect(r.err).toContain('usage: npm run sample');
  });
});
