import { describe, expect, it } from 'vitest';
import { serializeForSave } from '../../../electron/services/serialize-project';
import { serializeProject } from '../../../electron/services/project-format';
import { contentHash } from '../../../electron/services/reliability/disk-state';
import { generateShow } from '../../../shared/sample/generate';
import { assignBooths } from '../../../shared/assignment/commands';
import { applyOperation } from '../../../shared/ops/operation';

describe('serializeForSave', () => {
  it('gives the same text and hash as serializeProject, before and after an edit (compact)', async () => {
    const doc = generateShow({ halls: 4, booths: 2100, exhibitors: 900, seed: 3 });
    const first = await serializeForSave(doc);
    expect(first.text).toBe(serializeProject(doc));
    expect(first.hash).toBe(contentHash(first.text));
    const booth = Object.values(doc.booths).find((b) => b.status === 'available')!;
    const r = assignBooths(doc, { exhibitorId: Object.keys(doc.exhibitors)[1]!, boothIds: [booth.id] }, { by: 't', at: '2027-01-01T00:00:00.000Z' });
    if (!r.ok) throw new Error('refused');
    const next = { ...applyOperation(doc, r.op), revision: doc.revision + 1 };
    const second = await serializeForSave(next);
    expect(second.text).toBe(serializeProject(next));
    expect(second.hash).toBe(contentHash(second.text));
    expect(second.text).not.toBe(first.text);
  });

  it('indents small shows like serializeProject', async () => {
    const doc = generateShow({ halls: 1, booths: 40, exhibitors: 10, seed: 1 });
    const out = await serializeForSave(doc);
    expect(out.text).toBe(serializeProject(doc));
    expect(out.text).toContain('\n  "');
  });
});
