import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allocate, parseAllocateArgs, UsageError } from '../../../scripts/allocate';
import { serializeProject } from '../../../electron/services/project-format';
import { generateShow } from '../../../shared/sample/generate';
import type { Proposal } from '../../../shared/allocation/types';

const dir = mkdtempSync(join(tmpdir(), 'pavilion-allocate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run allocate', () => {
  it('reads its arguments and refuses bad ones', () => {
    expect(parseAllocateArgs(['s.json', '--out', 'p.json', '--hall', 'A3', '--seconds', '5'])).toMatchObject({ show: 's.json', out: 'p.json', hall: 'A3', seconds: 5, seed: 1, greedy: false });
    expect(() => parseAllocateArgs(['s.json'])).toThrow(UsageError);
    expect(() => parseAllocateArgs(['s.json', '--out', 'p', '--seconds', 'soon'])).toThrow(/--seconds/);
  });

  it('writes a proposal with reasons for one hall of a generated show, checked against the hard rules', async () => {
    const show = join(dir, 'show.pavilion.json');
    writeFileSync(show, serializeProject(generateShow({ halls: 3, booths: 300, exhibitors: 140, seed: 4 })));
    const out = join(dir, 'proposal.json');
    const res = await allocate({ show, out, hall: 'A2', seconds: 5, seed: 1, greedy: false, clear: true });
    expect(res.code).toBe(0);
    expect(res.lines[0]).toMatch(/^\d+ of \d+ exhibitors whose request can be met placed \(\d+\.\d %\)/);
    const p = JSON.parse(readFileSync(out, 'utf8')) as Proposal;
    expect(p.kind).toBe('pavilion-allocation-proposal');
    expect(p.placements.length).toBeGreaterThan(0);
    expect(p.placements.every((pl) => pl.reasons.some((r) => r.code === 'priority'))).toBe(true);
    expect(p.leftOut.every((l) => l.reasons.length > 0)).toBe(true);
    const unknown = await allocate({ show, out, hall: 'Z9', seconds: 5, seed: 1, greedy: true, clear: false });
    expect(unknown).toMatchObject({ code: 1, lines: [expect.stringMatching(/^no hall "Z9" \(halls: A1, A2, A3\)/)] });
  });
});
