import fc from 'fast-check';
import { expect } from 'vitest';
import type { SpreadsheetResult } from '../../../../shared/exhibitors/import/types';
import { prepareImport, previewImport } from '../../../../shared/exhibitors/import';
import { buildShow } from '../../assignment/support/show';

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'duplicate'; at: number; len: number };

const SPECIAL = [0x00, 0x22, 0x2c, 0x0a, 0x0d, 0x09, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x3d, 0x50, 0x4b, 0x3c];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...SPECIAL)) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4096 }) }),
);

/** Applies mutations in order; positions wrap around the current length. */
export function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let b = Buffer.from(seed);
  for (const m of mutations) {
    const at = b.length ? m.at % b.length : 0;
    switch (m.kind) {
      case 'flip':
        if (b.length) b[at] = m.byte;
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
        break;
      case 'duplicate':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + m.len), b.subarray(at)]);
        break;
    }
  }
  return b;
}

const CLEAN_CODES = [
  'empty', 'too-large', 'unknown-format', 'legacy-xls', 'bad-zip', 'not-xlsx', 'zip-bomb', 'xlsx-corrupt',
  'sheet-not-found', 'csv-malformed', 'too-many-rows', 'too-many-columns', 'timeout', 'out-of-memory',
];

/** A parse outcome is clean when it is rows of text the import can take, or a known error code. */
export function expectClean(res: SpreadsheetResult): void {
  if (!res.ok) {
    expect(CLEAN_CODES, JSON.stringify(res.error)).toContain(res.error.code);
    return;
  }
  let last = 0;
  for (const row of res.value.rows) {
    expect(Number.isInteger(row.n) && row.n > last).toBe(true);
    last = row.n;
    for (const c of row.cells) expect(typeof c).toBe('string');
  }
  const prepared = prepareImport(res.value.rows);
  previewImport(buildShow(), prepared.rows, prepared.mapping);
}

/** Mutations per format: 100 by default; PAVILION_FUZZ_RUNS raises it for a longer hunt or lowers it. */
export const RUNS = Number(process.env.PAVILION_FUZZ_RUNS ?? 100);
