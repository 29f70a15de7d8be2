import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../electron/services/import';
import { RUNS, expectClean, mutate, mutationArb, type Mutation } from './support/mutate';
import { buildZip, deflated, readZip, type ZipEntry } from './support/zip';

async function seedWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('参展商');
  ws.addRow(['企业名称', 'Company Name', '国家', '面积', '展位数']);
  ws.addRow([{ richText: [{ text: '广西' }, { text: '科技' }] }, 'Guangxi Tech', '中国', { formula: '6*6', result: 36 }, 4]);
  ws.addRow(['越南电信', 'Viettel', 'VN', 18, 2]);
  ws.addRow(['', 'PTT', 'Thailand', new Date(Date.UTC(2026, 0, 1)), '1']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Case =
  | { kind: 'raw'; mutations: Mutation[] }
  | { kind: 'xml'; entry: number; mutations: Mutation[] }
  | { kind: 'data'; entry: number; mutations: Mutation[] };

const mutations = (max: number) => fc.array(mutationArb, { minLength: 1, maxLength: max });
const caseArb: fc.Arbitrary<Case> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('raw' as const), mutations: mutations(4) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('xml' as const), entry: fc.nat(), mutations: mutations(4) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('data' as const), entry: fc.nat(), mutations: mutations(2) }) },
);

/**
 * Three kinds of damage: bytes of the whole file (mostly caught by the zip check), the XML
 * inside one part re-packed into a valid zip (reaches exceljs's XML reading), and the
 * compressed bytes of one part in an otherwise valid zip (reaches inflate).
 */
function damage(seed: Buffer, c: Case): Buffer {
  if (c.kind === 'raw') return mutate(seed, c.mutations);
  const parts = readZip(seed);
  const entries: ZipEntry[] = parts.map((p) => deflated(p.name, p.content));
  const i = c.entry % entries.length;
  if (c.kind === 'xml') entries[i] = deflated(parts[i]!.name, mutate(parts[i]!.content, c.mutations));
  else {
    const data = mutate(entries[i]!.data, c.mutations);
    entries[i] = { ...entries[i]!, data, crc: crc32(data) };
  }
  return buildZip(entries);
}

it(`parses ${RUNS} damaged XLSX files through the worker to rows or a clean error code`, async () => {
  const seed = await seedWorkbook();
  expect(readZip(seed).map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
  const codes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      const res = await parseSpreadsheet(damage(seed, c), { limits: { timeoutMs: 10_000 } });
      expectClean(res);
      const key = `${c.kind}:${res.ok ? 'ok' : res.error.code}`;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }),
    { numRuns: RUNS },
  );
  console.log('XLSX damage outcomes:', Object.fromEntries([...codes].sort()));
  expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
  // The budget grows with the count (a slow or loaded machine gets time per input, not a fixed total).
}, 60_000 + RUNS * 3_000);
