import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Shape only: absolute times depend on the machine and are not asserted. Sync figures use
// their own show size and have their own tests, so they are left out here.
describe('npm run bench --quick', () => {
  it('writes one measurement per line with ratios against both baselines', () => {
    const out = join(dir, 'bench.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--sizes', '200', '--no-pdf', '--no-app', '--no-sync', '--json', out], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const list = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    for (const m of list) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['name', 'booths', 'median_ms', 'p95_ms', 'baseline', 'baseline_median_ms', 'ratio']));
      expect(m.booths).toBe(200);
      expect(typeof m.median_ms).toBe('number');
      if (m.baseline === null) expect(m.ratio).toBeNull();
      else expect(m.ratio).toBeGreaterThan(0);
    }
    for (const name of ['open-to-first-render', 'pan-100', 'zoom-fit-400', 'pan-fit', 'click-select', 'band-500', 'drag-50', 'drag-500', 'assign-redraw']) {
      const baselines = list.filter((m) => m.name === name).map((m) => m.baseline);
      expect(baselines.sort()).toEqual(['naive-react-konva', 'raw-canvas']);
    }
    for (const name of ['crisp-after-gesture', 'file-open', 'assign-on-disk', 'save-event-loop-block', 'heap-after-open']) {
      expect(list.some((m) => m.name === name)).toBe(true);
    }
  }, 150_000);
});
