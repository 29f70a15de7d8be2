import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileExactCheck } from '../../../shared/model/exact-check';
import { Booth, Exhibitor, Facility, Hall, HistoryEntry } from '../../../shared/model/entities';
import { loadProjectJson, loadProjectText } from '../../../shared/model/load';
import { IsoDate, IsoDateTime } from '../../../shared/model/primitives';
import { Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';

/** The promise of an exact check: `true` only where zod accepts and gives the value back unchanged. */
function expectSound(schema: z.ZodType, value: unknown): boolean {
  const exact = compileExactCheck(schema)(value);
  if (exact) {
    const res = schema.safeParse(value);
    expect(res.success, JSON.stringify(value)).toBe(true);
    expect(res.data).toStrictEqual(value);
  }
  return exact;
}

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('compileExactCheck', () => {
  it('accepts exactly what zod returns unchanged, construct by construct', () => {
    const cases: [z.ZodType, unknown, boolean][] = [
      [z.number(), 1.5, true],
      [z.number().int().min(0), 3, true],
      [z.number().int().min(0), -1, false],
      [z.number().int(), 2 ** 53, false],
      [z.number().int(), 1.5, false],
      [z.number().positive(), 0, false],
      [z.number().min(0).max(1), 1, true],
      [z.number().min(0).max(1), 1.01, false],
      [z.number(), '1', false],
      [z.number(), Infinity, false],
      [z.string().min(1).max(3), '', false],
      [z.string().min(1).max(3), 'abc', true],
      [z.string().max(2), '展位x', false],
      [z.string().regex(/^[A-Z]{2}$/), 'CN', true],
      [z.string().regex(/^[A-Z]{2}$/), 'cn', false],
      [IsoDate, '2027-09-17', true],
      [IsoDate, '2027-9-17', false],
      [IsoDateTime, '2026-05-01T01:16:00.000Z', true],
      [IsoDateTime, '2026-05-01T01:16:00.000+08:00', true],
      [IsoDateTime, '2026-02-30T01:16:00Z', false],
      [z.literal('rect'), 'rect', true],
      [z.enum(['a', 'b']), 'c', false],
      [z.string().nullable(), null, true],
      [z.string().default(''), 'x', true],
      [z.object({ a: z.string().default('') }), {}, false],
      [z.object({ a: z.string() }), { a: 'x' }, true],
      [z.object({ a: z.string() }), { a: 'x', b: 1 }, false],
      [z.object({ a: z.string() }), json({ a: 'x', ['__proto__']: 1 }), false],
      [z.object({ a: z.string() }), JSON.parse('{"a":"x","__proto__":{"a":"y"}}'), false],
      [z.array(z.number()).min(1), [], false],
      [z.array(z.number()).max(2), [1, 2], true],
      [z.tuple([z.number(), z.number()]), [1, 2], true],
      [z.tuple([z.number(), z.number()]), [1, 2, 3], false],
      [z.record(z.string(), z.number()), { a: 1, '7': 2 }, true],
      [z.record(z.string(), z.number()), JSON.parse('{"__proto__":1}'), false],
      [z.record(z.string(), z.number()), [], false],
      [z.discriminatedUnion('type', [z.object({ type: z.literal('a'), n: z.number() }), z.object({ type: z.literal('b') })]), { type: 'a', n: 1 }, true],
      [z.discriminatedUnion('type', [z.object({ type: z.literal('a'), n: z.number() }), z.object({ type: z.literal('b') })]), { type: 'c' }, false],
      [z.discriminatedUnion('type', [z.object({ type: z.literal('a'), n: z.number() }), z.object({ type: z.literal('b') })]), { type: 'b', n: 1 }, false],
    ];
    for (const [schema, value, want] of cases) expect(expectSound(schema, value), JSON.stringify(value)).toBe(want);
  });

  it('answers false for everything it cannot reproduce exactly (zod decides those)', () => {
    const unsupported: [z.ZodType, unknown][] = [
      [z.object({ a: z.string().optional() }), { a: 'x' }],
      [z.union([z.string(), z.number()]), 'x'],
      [z.string().transform((s) => s.length), 'x'],
      [z.object({ a: z.string() }).superRefine(() => undefined), { a: 'x' }],
      [z.object({ a: z.string() }).passthrough(), { a: 'x' }],
      [z.string().email(), 'a@b.cn'],
      [z.number().multipleOf(2), 4],
      [z.record(z.string().min(2), z.number()), { ab: 1 }],
    ];
    for (const [schema, value] of unsupported) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(compileExactCheck(schema)(value)).toBe(false);
    }
  });

  it('is sound for any JSON value against every entity schema', () => {
    const doc = generateShow({ halls: 2, booths: 30, exhibitors: 12, seed: 5 });
    const samples = [Object.values(doc.booths)[0], Object.values(doc.exhibitors)[0], Object.values(doc.halls)[0], Object.values(doc.facilities)[0], doc.history[0]];
    const schemas: z.ZodType[] = [Booth, Exhibitor, Hall, Facility, HistoryEntry];
    // Real entities pass.
    schemas.forEach((schema, i) => expect(expectSound(schema, json(samples[i]))).toBe(true));
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(schemas.length - 1), (value, i) => {
        expectSound(schemas[i]!, value);
      }),
      { numRuns: 300 },
    );
  });

  it('answers false for a record decoded from a sync update with another prototype (a `__proto__` key)', () => {
    const booth = json(generateShow({ halls: 1, booths: 3, exhibitors: 1, seed: 2 }).booths) as Record<string, Record<string, unknown>>;
    const real = Object.values(booth)[0]!;
    const roundTrip = (v: unknown): unknown => decoding.readAny(decoding.createDecoder(encoding.encode((e) => encoding.writeAny(e, v as never))));
    // Decoded as the server decodes a client's record: the same plain data.
    expect(expectSound(Booth, roundTrip(real))).toBe(true);
    // lib0 assigns each key, so a `__proto__` key becomes the prototype: fields read through
    // it must not make up for missing own fields (or hide an unknown one zod would drop).
    const { id, ...rest } = real;
    const forged = JSON.parse(JSON.stringify({ ...rest, extra: 1 }).replace(/^\{/, `{"__proto__":{"id":${JSON.stringify(id)}},`)) as Record<string, unknown>;
    const decoded = roundTrip(forged) as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).not.toBe(Object.prototype);
    expect(decoded.id).toBe(id);
    expect(Object.keys(decoded)).toHaveLength(Object.keys(real).length);
    expect(compileExactCheck(Booth)(decoded)).toBe(false);
    // Other values lib0 can carry: undefined, a byte array, a bigint.
    for (const odd of [{ ...real, id: undefined }, { ...real, id: new Uint8Array([1]) }, { ...real, x: 1n }]) expect(compileExactCheck(Booth)(roundTrip(odd))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value in a JSON document. */
function pathsOf(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

const odd = fc.constantFrom<Json>(
  null,
  '',
  'x'.repeat(65),
  -1,
  0,
  0.5,
  1e300,
  2 ** 53,
  true,
  [],
  {},
  [0, 0],
  'b_1',
  'CN',
  'cn',
  '#12ab5f',
  '2027-09-17',
  '2027-02-30',
  '2026-05-01T01:16:00.000Z',
  'rect',
  'polygon',
  'assigned',
  'hold',
  '__proto__',
);
const anyValue = fc.oneof(odd, fc.jsonValue() as fc.Arbitrary<Json>);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.constantFrom('extra', '__proto__', 'id', 'b_new'), value: anyValue }),
  fc.record({ kind: fc.constant('rekey' as const), at: fc.nat(), key: fc.constantFrom('b_other', 'zz', '__proto__') }),
);

function mutate(doc: Json, m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): void {
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  const path = paths[m.at % paths.length]!;
  let parent = doc as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (m.kind) {
    case 'set':
      parent[last] = m.value;
      return;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      return;
    case 'add':
      if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return;
    case 'rekey':
      if (!Array.isArray(parent) && typeof last === 'string') {
        delete parent[last];
        Object.defineProperty(parent, m.key, { value: target!, enumerable: true, writable: true, configurable: true });
      }
      return;
  }
}

describe('loadProjectText (exact check, then zod) agrees with zod alone', () => {
  const base = JSON.stringify(generateShow({ halls: 2, booths: 40, exhibitors: 16, seed: 7 }));

  it('takes a file Pavilion wrote as it is, equal to what zod makes of it', () => {
    for (const seed of [1, 2, 3]) {
      const text = JSON.stringify(generateShow({ halls: 3, booths: 120, exhibitors: 50, seed }), null, seed === 2 ? 2 : undefined);
      const loaded = loadProjectText(`\n${text}\n`);
      expect(loaded.ok && loaded.verbatim).toBe(true);
      expect(loaded.ok && loaded.project).toStrictEqual(Project.parse(JSON.parse(text)));
    }
  });

  it('gives the same result, problems and messages as zod for any damaged or unusual file', () => {
    let verbatim = 0;
    let slow = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const doc = JSON.parse(base) as Json;
        for (const m of ms) mutate(doc, m);
        const text = JSON.stringify(doc);
        const fast = loadProjectText(text);
        const reference = loadProjectJson(JSON.parse(text));
        expect(fast.ok).toBe(reference.ok);
        if (fast.ok && reference.ok) {
          expect(fast.project).toStrictEqual(reference.project);
          expect(fast.migratedFrom).toBe(reference.migratedFrom);
          if (fast.verbatim) {
            verbatim++;
            expect(fast.project).toStrictEqual(JSON.parse(text));
          } else slow++;
        } else {
          expect(fast).toStrictEqual(reference);
        }
      }),
      { numRuns: 400 },
    );
    // Both paths were exercised: harmless edits are taken as they are, the rest goes to zod.
    expect(verbatim).toBeGreaterThan(20);
    expect(slow).toBeGreaterThan(5);
  });

  it('refuses a number the text holds as 1e999 (Infinity once parsed), with zod’s message', () => {
    const text = base.replace(/"minAisle":[0-9.]+/, '"minAisle":1e999');
    expect(text).not.toBe(base);
    const fast = loadProjectText(text);
    expect(fast.ok).toBe(false);
    expect(fast).toStrictEqual(loadProjectJson(JSON.parse(text)));
  });

  it('fills in defaults and drops unknown fields through zod, as before', () => {
    const doc = JSON.parse(base) as { booths: Record<string, Record<string, unknown>> };
    const [first] = Object.keys(doc.booths);
    delete doc.booths[first!]!.notes;
    doc.booths[first!]!.legacy = 1;
    const loaded = loadProjectText(JSON.stringify(doc));
    expect(loaded.ok && loaded.verbatim).toBe(false);
    expect(loaded.ok && loaded.project.booths[first!]).toMatchObject({ notes: '' });
    expect(loaded.ok && 'legacy' in loaded.project.booths[first!]!).toBe(false);
  });
});
