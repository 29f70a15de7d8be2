/**
 * Proposes booths for the exhibitors without space, with reasons, without the UI:
 * `npm run allocate -- SHOW.pavilion.json --out PROPOSAL.json [--hall A3] [--seconds 60] [--seed 1] [--greedy] [--clear]`.
 * Default: the priority-order pass, then the HiGHS optimiser within `--seconds`. `--greedy`
 * stops after the pass; `--clear` first takes every assignment away (to allocate a show from
 * scratch). The proposal is checked against every hard rule before it is written.
 * Exit 0 written, 1 unreadable show or a rule broken, 2 bad usage.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import loadHighs from 'highs';
import { DEFAULT_MAX_BYTES, readTextCapped } from '../electron/services/durable-file';
import { checkProposal } from '../shared/allocation/check';
import { withoutAssignments } from '../shared/allocation/clear';
import { proposeOptimised } from '../shared/allocation/optimise';
import { proposeGreedy } from '../shared/allocation/run';
import type { Proposal } from '../shared/allocation/types';
import { loadProjectText } from '../shared/model/load';
import type { Project } from '../shared/model/project';

const USAGE = 'usage: npm run allocate -- SHOW.pavilion.json --out PROPOSAL.json [--hall CODE] [--seconds 60] [--seed 1] [--greedy] [--clear]';

export class UsageError extends Error {}

export interface AllocateArgs {
  show: string;
  out: string;
  hall: string | null;
  seconds: number;
  seed: number;
  greedy: boolean;
  clear: boolean;
}

export function parseAllocateArgs(argv: string[]): AllocateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        hall: { type: 'string' },
        seconds: { type: 'string' },
        seed: { type: 'string' },
        greedy: { type: 'boolean' },
        clear: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('give exactly one show file');
  if (!values.out) throw new UsageError('--out is required');
  const seconds = values.seconds === undefined ? 60 : Number(values.seconds);
  if (!(seconds > 0 && seconds <= 3600)) throw new UsageError(`--seconds must be a number from 1 to 3600, got "${values.seconds}"`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, got "${values.seed}"`);
  return { show: positionals[0]!, out: values.out, hall: values.hall ?? null, seconds, seed, greedy: !!values.greedy, clear: !!values.clear };
}

/** The hall named by code (A3) or id. */
export function hallIdOf(doc: Project, hall: string): string | null {
  if (doc.halls[hall]) return hall;
  return Object.values(doc.halls).find((h) => h.code.toLowerCase() === hall.toLowerCase())?.id ?? null;
}

export async function allocate(args: AllocateArgs): Promise<{ code: 0 | 1; lines: string[]; proposal?: Proposal }> {
  let text: string;
  try {
    text = await readTextCapped(resolve(args.show), DEFAULT_MAX_BYTES);
  } catch (e) {
    return { code: 1, lines: [`cannot read ${args.show}: ${(e as Error).message}`] };
  }
  const loaded = loadProjectText(text);
  if (!loaded.ok) return { code: 1, lines: [`${args.show} is not a valid show (${loaded.error.code}); run npm run validate -- ${args.show}`] };
  const doc = args.clear ? withoutAssignments(loaded.project) : loaded.project;
  const hallId = args.hall ? hallIdOf(doc, args.hall) : null;
  if (args.hall && !hallId) return { code: 1, lines: [`no hall "${args.hall}" (halls: ${Object.values(doc.halls).map((h) => h.code).join(', ')})`] };
  const now = () => performance.now();
  const opts = { seed: args.seed, hallId, seconds: args.seconds };
  const proposal = args.greedy ? proposeGreedy(doc, opts, now) : proposeOptimised(doc, await loadHighs(), opts, now);
  const violations = checkProposal(doc, proposal);
  const s = proposal.stats;
  const lines = [
    `${s.placed.toLocaleString('en')} of ${s.satisfiable.toLocaleString('en')} exhibitors whose request can be met placed (${(s.placedShare * 100).toFixed(1)} %), ` +
      `${s.exhibitors.toLocaleString('en')} without space considered, ${s.boothsProposed.toLocaleString('en')} booths proposed`,
    `priority-weighted score ${s.score} (priority-order pass ${s.greedyScore}, ${s.greedyPlaced.toLocaleString('en')} placed); solver: ${s.solver}; ${(s.millis / 1000).toFixed(1)} s`,
  ];
  if (violations.length) {
    lines.push(`${violations.length} hard rule(s) broken — proposal not written:`, ...violations.slice(0, 20).map((v) => `  ${v.kind}: ${v.message}`));
    return { code: 1, lines, proposal };
  }
  writeFileSync(resolve(args.out), `${JSON.stringify(proposal, null, 1)}\n`);
  lines.push(`wrote ${args.out}`);
  return { code: 0, lines, proposal };
}

async function main(argv: string[]): Promise<number> {
  let args: AllocateArgs;
  try {
    args = parseAllocateArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(e.message);
      console.error(USAGE);
      return 2;
    }
    throw e;
  }
  const res = await allocate(args);
  for (const l of res.lines) (res.code === 0 ? console.log : console.error)(l);
  return res.code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
