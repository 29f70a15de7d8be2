import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../electron/services/import';
import { RUNS, expectClean, mutate, mutationArb } from './support/mutate';

const SEED_TEXT = [
  '企业名称,英文名称,国家,行业,面积(㎡),展位数,备注',
  '"广西东盟科技有限公司","Guangxi ASEAN Tech Co., Ltd.",中国,"人工智能,机器人",36,4,"多行',
  '备注"',
  '越南电信,Viettel,越南,通信,18,2,"他说""你好"""',
  '泰国国家石油,PTT,Thailand,新能源,9,1,=HYPERLINK("x")',
].join('\r\n');

const SEEDS = [Buffer.from(`\uFEFF${SEED_TEXT}`, 'utf8'), iconv.encode(SEED_TEXT, 'gbk')];

it(`parses ${RUNS} mutated CSV files through the worker to rows or a clean error code`, async () => {
  const codes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, 1), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), async (seed, mutations) => {
      const res = await parseSpreadsheet(mutate(SEEDS[seed]!, mutations), { limits: { timeoutMs: 10_000 } });
      expectClean(res);
      const key = res.ok ? 'ok' : res.error.code;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }),
    { numRuns: RUNS },
  );
  console.log('CSV mutation outcomes:', Object.fromEntries(codes));
  expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
  // The budget grows with the count (a slow or loaded machine gets time per input, not a fixed total).
}, 60_000 + RUNS * 2_000);
