import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendHistory, expireHolds, historyEntriesFor, warningsFor } from '../../../shared/assignment';
import { computeDashboard } from '../../../shared/dashboard';
import { exhibitorTable, fasciaTable, filterExhibitors, sectorById } from '../../../shared/exhibitors';
import { loadProjectText } from '../../../shared/model/load';
import { checkIntegrity } from '../../../shared/model/project';
import { applyOperation } from '../../../shared/ops/operation';

describe('the bundled sample show', () => {
  const loaded = loadProjectText(readFileSync(new URL('../../../resources/samples/expo-sample.pavilion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.code);
  const doc = loaded.project;

  it('uses only sectors from the sector list', () => {
    for (const ex of Object.values(doc.exhibitors)) for (const s of ex.sectors) expect(sectorById(s), s).toBeDefined();
  });

  it('works with every read model: filters, tables, warnings, dashboard', () => {
    expect(filterExhibitors(doc, { states: ['unassigned', 'partly', 'fully'] })).toHaveLength(Object.keys(doc.exhibitors).length);
    expect(exhibitorTable(doc, 'zh').rows).toHaveLength(Object.keys(doc.exhibitors).length);
    expect(fasciaTable(doc, 'en').rows).toHaveLength(Object.keys(doc.assignments).length);
    const d = computeDashboard(doc);
    expect(d.total.booths).toBe(Object.keys(doc.booths).length);
    for (const w of warningsFor(doc)) expect(w.message.length).toBeGreaterThan(0);
  });

  it('expires the lapsed holds on opening, logging each as expire', () => {
    const { op, released } = expireHolds(doc, '2026-11-23');
    expect(op).not.toBeNull();
    const next = applyOperation(doc, op!);
    expect(checkIntegrity(next)).toEqual([]);
    const logged = appendHistory(next, historyEntriesFor(op!, next, { by: 'test', at: '2026-11-23T09:00:00.000Z' }));
    const added = logged.history.slice(doc.history.length);
    expect(added.map((h) => h.action)).toEqual(released.map(() => 'expire'));
    expect(added.map((h) => h.boothId)).toEqual(released.map((r) => r.boothId));
  });
});
