import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProjectText } from '../../../shared/model/load';
import { clipMessage, clipText, MAX_MESSAGE, MAX_QUOTED } from '../../../shared/text/clip';

describe('clipping outside text for messages', () => {
  it('keeps short text and cuts long text to the limit, its length said', () => {
    expect(clipText('hall_1')).toBe('hall_1');
    const long = 'x'.repeat(70_000);
    const quoted = clipText(long);
    expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTED);
    expect(quoted).toMatch(/^x+… \(70000 characters\)$/);
    expect(clipMessage(long).length).toBeLessThanOrEqual(MAX_MESSAGE);
  });

  it('never splits a surrogate pair', () => {
    const clipped = clipText('😀'.repeat(200), 50);
    expect(clipped.length).toBeLessThanOrEqual(50);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('a document pointing at a hall by a 70,000-character id is refused with messages a person can read', () => {
    // Found by the loader fuzz (seed 274935655): the quoted id made a 2,020-character message.
    const doc = JSON.parse(readFileSync(join(__dirname, '../../fixtures/v2/complete.json'), 'utf8')) as { facilities: Record<string, { hallId: string }> };
    doc.facilities.fac_wall!.hallId = 'x'.repeat(70_000);
    const r = loadProjectText(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problems!.some((p) => p.startsWith('facilities.fac_wall.hallId: unknown hall'))).toBe(true);
    for (const p of r.error.problems!) expect(p.length).toBeLessThanOrEqual(MAX_QUOTED + 100);
  });
});
