/**
 * Summarises a V8 `.cpuprofile`: the functions with the most self time and the most total
 * (inclusive) time, with their file and line, so a profile can be quoted in a report.
 *
 *   npx tsx scripts/cpu-profile-top.ts FILE [--top 25] [--match TEXT]
 *
 * `--match` keeps only frames whose function or url contains TEXT in the inclusive list.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, match: { type: 'string' } } });
const p = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const top = Number(values.top);

const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));

const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|wt\/[^/]+)\//, '')}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t);
  // Inclusive: each distinct frame on the stack once (recursion is not counted twice).
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    totalBy.set(l, (totalBy.get(l) ?? 0) + t);
  }
}
const total = p.endTime - p.startTime;
const idle = [...selfBy].filter(([l]) => l.startsWith('(idle)')).reduce((s, [, t]) => s + t, 0);
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`profile ${(total / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s, busy ${((total - idle) / 1e6).toFixed(1)} s`);
console.log('\nself time:');
for (const [l, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(t)}  ${l}`);
console.log('\ninclusive time:');
const incl = [...totalBy].filter(([l]) => !values.match || l.includes(values.match)).sort((a, b) => b[1] - a[1]);
for (const [l, t] of incl.slice(0, top)) console.log(`${ms(t)}  ${l}`);
