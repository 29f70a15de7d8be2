import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { RUNS, mutate, mutationArb } from '../import/support/mutate';

/** A drawing with every kind the import reads, in ASCII and binary. */
function seed(): DxfWriter {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALL', 1).layer('BOOTH', 3).layer('TEXT', 7);
  w.block('COL', 0, 0).circle('0', 0, 0, 300).hatch('0', [[-300, -300], [300, -300], [300, 300], [-300, 300]]).endBlock();
  w.block('BAY').insert('0', 'COL', 0, 0).lwpolyline('0', [[0, 0], [3000, 0], [3000, 3000, 0.4], [0, 3000]], true).endBlock();
  w.lwpolyline('WALL', [[0, 0], [60000, 0], [60000, 40000], [0, 40000]], true)
    .polyline('WALL', [[0, 0, 0.2], [100, 100], [200, 0]], false)
    .line('WALL', 0, 0, 100, 100)
    .arc('WALL', 10, 10, 5, 0, 270)
    .ellipse('WALL', 20, 20, 10, 0, 0.5, 0, 3)
    .spline('WALL', 3, [0, 0, 0, 0, 1, 2, 2, 2, 2], [[0, 0], [1, 2], [3, 2], [4, 0], [5, 1]])
    .solid('WALL', [[0, 0], [1, 0], [0, 1], [1, 1]])
    .hatchHalfDisc('WALL', 50, 50, 5)
    .insert('BOOTH', 'BAY', 5000, 5000, { cols: 4, rows: 3, dc: 3000, dr: 3000, rotation: 15, sx: 1.1 })
    .text('TEXT', 100, 100, 250, 'A101')
    .mtext('TEXT', 200, 200, 250, '{\\fSimSun;展位\\PB-2}')
    .raw([0, 'DIMENSION'], [8, 'WALL']);
  return w;
}

const SEEDS = [Buffer.from(seed().toString()), Buffer.from(seed().toBinary())];
const CLEAN = ['dwg', 'not-dxf', 'corrupt', 'truncated', 'too-many-entities', 'timeout', 'empty', 'too-large'];

// One worker for the run: a mutation that hangs the reader shows as a missing answer, then the worker is ended.
const worker = new Worker(new URL('../../../electron/services/import/parse-worker-boot.mjs', import.meta.url), {
  workerData: { entry: new URL('./support/fuzz-worker.ts', import.meta.url).href },
  resourceLimits: { maxOldGenerationSizeMb: 512 },
});
afterAll(() => worker.terminate());

function run(bytes: Uint8Array): Promise<{ ok: boolean; code?: string; sound?: boolean; detail?: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in 15 s for a ${bytes.length}-byte input: the reader hangs`)), 15_000);
    worker.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    worker.once('error', reject);
    worker.postMessage(bytes);
  });
}

it(`imports ${RUNS} mutated DXF files (ASCII and binary) to a sound drawing or a clean error code, never a hang`, async () => {
  const outcomes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, 1), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), async (s, mutations) => {
      const r = await run(mutate(SEEDS[s]!, mutations));
      if (r.ok) expect(r.sound, r.detail).toBe(true);
      else expect(CLEAN).toContain(r.code);
      const key = r.ok ? 'ok' : r.code!;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }),
    { numRuns: RUNS },
  );
  console.log('DXF mutation outcomes:', Object.fromEntries(outcomes));
  expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
  // The budget grows with the count (a slow or loaded machine gets time per input, not a fixed total).
}, 60_000 + RUNS * 4_000);
