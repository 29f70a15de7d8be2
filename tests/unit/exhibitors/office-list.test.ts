import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../electron/services/import';
import { collectUnknownValues, planImport, prepareImport } from '../../../shared/exhibitors/import';
import { applyOperation } from '../../../shared/ops/operation';
import { buildShow } from '../assignment/support/show';
import { exhibitorList, updatedList, UNKNOWN_COUNTRY, UNKNOWN_SECTOR } from '../../support/exhibitor-list';
import { writeGbkCsv, writeUtf8Csv, writeXlsxWithTitle } from '../../support/exhibitor-list-files';

const dir = mkdtempSync(path.join(tmpdir(), 'pavilion-office-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the office's 322-row list", () => {
  const list = exhibitorList();

  it.each(['utf8.csv', 'gbk.csv', 'title.xlsx'])('%s: every row imported with its country, sectors and area once two values are mapped', async (kind) => {
    const file = path.join(dir, `list-${kind}`);
    if (kind === 'utf8.csv') writeUtf8Csv(file, list);
    else if (kind === 'gbk.csv') writeGbkCsv(file, list);
    else await writeXlsxWithTitle(file, list);
    const parsed = await parseSpreadsheet(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const prepared = prepareImport(parsed.value.rows);
    expect(prepared.rows).toHaveLength(322);
    expect(prepared.mapping.filter(Boolean).sort()).toEqual(['areaSqm', 'contactPerson', 'country', 'email', 'externalId', 'nameEn', 'nameZh', 'notes', 'phone', 'sectors', 'website'].sort());
    const unknown = collectUnknownValues(prepared.rows, prepared.mapping);
    expect(unknown.map((u) => u.value).sort()).toEqual([UNKNOWN_COUNTRY, UNKNOWN_SECTOR].sort());
    const doc = buildShow();
    const choices = {
      country: { [unknown.find((u) => u.field === 'country')!.key]: 'CN' },
      sectors: { [unknown.find((u) => u.field === 'sectors')!.key]: { kind: 'new' as const, name: { zh: '银发经济', en: 'Silver Economy' } } },
    };
    const plan = planImport(doc, prepared.rows, prepared.mapping, undefined, { choices, newSectorId: () => 'sec_silver' });
    expect(plan.rejected).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.added).toHaveLength(322);
    const after = applyOperation(doc, plan.op);
    const byExt = new Map(Object.values(after.exhibitors).map((e) => [e.externalId, e]));
    for (const e of list.expected) {
      const ex = byExt.get(e.externalId);
      expect(ex, e.externalId).toBeDefined();
      expect({ zh: ex!.name.zh, en: ex!.name.en, country: ex!.country, sectors: ex!.sectors, area: ex!.requested.areaSqm, phone: ex!.contact.phone }, e.externalId).toEqual({
        zh: e.nameZh,
        en: e.nameEn,
        country: e.country,
        sectors: e.sectors.map((s) => (s === 'new:silver' ? 'sec_silver' : s)),
        area: e.areaSqm,
        phone: e.phone,
      });
    }
    // Chinese companies sharing an English name stayed apart.
    const en = new Map<string, number>();
    for (const ex of Object.values(after.exhibitors)) en.set(ex.name.en, (en.get(ex.name.en) ?? 0) + 1);
    expect(en.get('Smart Technology Co., Ltd.')).toBeGreaterThan(10);

    // Next week's list: only what changed changes, the new rows are added, nothing to map again.
    const next = updatedList(list);
    const rows = next.list.rows.map((cells, i) => ({ n: i + 2, cells }));
    expect(collectUnknownValues(rows, prepared.mapping, { values: after.settings.importMappings }).map((u) => u.value)).toEqual([]);
    const update = planImport(after, rows, prepared.mapping, undefined, { mode: 'update' });
    expect(update.added).toHaveLength(3);
    const changes = new Map(update.rows.filter((r) => r.changes.length).map((r) => [after.exhibitors[r.exhibitorId!]!.externalId, r.changes.map((c) => c.field)]));
    expect(changes).toEqual(next.changed);
  });
});
