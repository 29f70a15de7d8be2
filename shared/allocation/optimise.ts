import type { Highs } from 'highs';
import { Floor } from './floor';
import { bestSatisfaction, greedyPass, pick, type Choice } from './greedy';
import { buildProblem, drawOrder, satisfaction, type Problem } from './problem';
import { PLACE_VALUE, scoreOf, toProposal } from './proposal';
import type { AllocationOptions, Proposal, ProposalStats } from './types';

export interface OptimiseOptions extends AllocationOptions {
  /** Time limit for the solver, seconds (default 60). */
  seconds?: number;
  /** Alternatives offered to the solver per exhibitor besides its priority-order block (default 40). */
  candidates?: number;
  /** Checked during the solve; true stops it with the best solution found so far. */
  shouldStop?: () => boolean;
}


interface Column {
  seeker: number;
  block: number;
}

/** The best satisfaction each seeker could have on the empty floor. */
function bestOf(p: Problem): Float64Array {
  const best = new Float64Array(p.seekers.length);
  p.seekers.forEach((s, i) => {
    const top = bestSatisfaction(s);
    for (const bi of s.candidates) {
      const sat = satisfaction(p, s, p.blocks[bi]!);
      if (sat > best[i]!) best[i] = sat;
      if (sat >= top) break;
    }
  });
  return best;
}

/**
 * The part of the floor worth re-solving: exhibitors below their best satisfaction (or left
 * out), and those holding the blocks they would rather have. Everyone else keeps their block.
 */
function contested(p: Problem, choice: Choice, best: Float64Array): Set<number> {
  const occupant = new Int32Array(p.infos.length).fill(-1);
  choice.forEach((bi, i) => {
    if (bi >= 0) for (const b of p.blocks[bi]!.booths) occupant[b] = i;
  });
  const out = new Set<number>();
  p.seekers.forEach((s, i) => {
    if (!s.candidates.length) return;
    const cur = choice[i]! >= 0 ? satisfaction(p, s, p.blocks[choice[i]!]!) : 0;
    if (cur >= best[i]!) return;
    out.add(i);
    let scanned = 0;
    for (const bi of s.candidates) {
      if (scanned > 400) break;
      const block = p.blocks[bi]!;
      if (satisfaction(p, s, block) <= cur) continue;
      scanned++;
      for (const b of block.booths) if (occupant[b]! >= 0) out.add(occupant[b]!);
    }
  });
  return out;
}

/**
 * The model's columns: for each contested exhibitor its current block and the best blocks open
 * on the floor once everyone else is fixed. Blocks too near a fixed competitor are never offered.
 */
function columnsOf(p: Problem, choice: Choice, movable: ReadonlySet<number>, per: number): Column[] {
  const fixed = new Floor(p);
  choice.forEach((bi, i) => {
    if (bi >= 0 && !movable.has(i)) fixed.place(p.seekers[i]!, i, p.blocks[bi]!);
  });
  const cols: Column[] = [];
  for (const i of [...movable].sort((a, b) => a - b)) {
    const s = p.seekers[i]!;
    const open = s.candidates.filter((bi) => fixed.fits(s, p.blocks[bi]!) === 'ok');
    const sat = new Map(open.map((bi) => [bi, satisfaction(p, s, p.blocks[bi]!)]));
    // Stable: equal satisfaction keeps floor order.
    open.sort((a, b) => sat.get(b)! - sat.get(a)!);
    const pickFrom = open.slice(0, per);
    if (choice[i]! >= 0 && !pickFrom.includes(choice[i]!)) pickFrom.push(choice[i]!);
    for (const bi of pickFrom) cols.push({ seeker: i, block: bi });
  }
  return cols;
}

/** Rows "at most one of these columns": one per exhibitor, per contested booth, per competitor clash. */
function rowsOf(p: Problem, cols: readonly Column[]): number[][] {
  const rows: number[][] = [];
  const bySeeker = new Map<number, number[]>();
  const byBooth = new Map<number, number[]>();
  cols.forEach((c, j) => {
    let s = bySeeker.get(c.seeker);
    if (!s) bySeeker.set(c.seeker, (s = []));
    s.push(j);
    for (const b of p.blocks[c.block]!.booths) {
      let l = byBooth.get(b);
      if (!l) byBooth.set(b, (l = []));
      l.push(j);
    }
  });
  for (const l of bySeeker.values()) if (l.length > 1) rows.push(l);
  for (const l of byBooth.values()) if (l.length > 1) rows.push(l);
  const seekerOf = new Map(p.seekers.map((s, i) => [s.ex.id, i]));
  const done = new Set<string>();
  for (const [a, rivals] of p.competitors) {
    const ia = seekerOf.get(a);
    if (ia === undefined) continue;
    for (const b of rivals) {
      const ib = seekerOf.get(b);
      if (ib === undefined || done.has(`${b}|${a}`)) continue;
      done.add(`${a}|${b}`);
      for (const ja of bySeeker.get(ia) ?? []) {
        const near = new Set<number>();
        for (const x of p.blocks[cols[ja]!.block]!.booths) for (const n of p.near(x)) near.add(n);
        for (const jb of bySeeker.get(ib) ?? []) if (p.blocks[cols[jb]!.block]!.booths.some((x) => near.has(x))) rows.push([ja, jb]);
      }
    }
  }
  return rows;
}

/** Fills what the solver left empty: exhibitors still out take the best block still open, in draw order. */
function fillGaps(p: Problem, choice: Choice): void {
  const floor = new Floor(p);
  choice.forEach((bi, i) => {
    if (bi >= 0) floor.place(p.seekers[i]!, i, p.blocks[bi]!);
  });
  const index = new Map(p.seekers.map((s, i) => [s, i]));
  for (const s of drawOrder(p.seekers)) {
    const i = index.get(s)!;
    if (choice[i]! >= 0) continue;
    const bi = pick(p, floor, s);
    if (bi >= 0) {
      choice[i] = bi;
      floor.place(s, i, p.blocks[bi]!);
    }
  }
}

/** True when no two chosen blocks share a booth or break a competitor distance. */
function consistent(p: Problem, choice: Choice): boolean {
  const floor = new Floor(p);
  const index = new Map(p.seekers.map((s, i) => [s, i]));
  for (const s of drawOrder(p.seekers)) {
    const i = index.get(s)!;
    const bi = choice[i]!;
    if (bi < 0) continue;
    if (floor.fits(s, p.blocks[bi]!) !== 'ok') return false;
    floor.place(s, i, p.blocks[bi]!);
  }
  return true;
}

type RoundStatus = Exclude<ProposalStats['solver'], 'none'>;

/** One exact solve of the contested part, started from the current choice. */
function solveRound(
  p: Problem,
  highs: Highs,
  current: Choice,
  cols: readonly Column[],
  seconds: number,
  opts: OptimiseOptions,
  progress: (done: number, phase: string) => void,
  now: () => number,
): { choice: Choice; status: RoundStatus } {
  const rows = rowsOf(p, cols);
  const choice = current.slice();
  if (cols.length === 0) return { choice, status: 'optimal' };
  // Column-wise sparse matrix of the rows; an empty row set still needs one (free) row.
  const perCol: number[][] = cols.map(() => []);
  rows.forEach((r, ri) => {
    for (const j of r) perCol[j]!.push(ri);
  });
  const numRows = Math.max(1, rows.length);
  const starts = new Int32Array(cols.length + 1);
  let nnz = 0;
  perCol.forEach((l, j) => {
    starts[j] = nnz;
    nnz += l.length;
  });
  starts[cols.length] = nnz;
  const indices = new Int32Array(nnz);
  let k = 0;
  for (const l of perCol) for (const r of l) indices[k++] = r;
  const cost = cols.map((c) => {
    const s = p.seekers[c.seeker]!;
    return s.weight * (PLACE_VALUE + satisfaction(p, s, p.blocks[c.block]!));
  });
  const model = highs.createModel({
    numCols: cols.length,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: cost,
    colLower: new Float64Array(cols.length),
    colUpper: new Float64Array(cols.length).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper: new Float64Array(numRows).fill(1),
    matrix: { format: 'csc', numRows, numCols: cols.length, starts, indices, values: new Float64Array(nnz).fill(1) },
    integrality: new Int32Array(cols.length).fill(highs.constants.variableType.integer),
  });
  try {
    const left = Math.max(0.5, seconds);
    model.options.set({ output_flag: false, time_limit: left, mip_rel_gap: 0, random_seed: p.seed % 2147483647 });
    const start = new Float64Array(cols.length);
    cols.forEach((c, j) => {
      if (current[c.seeker] === c.block) start[j] = 1;
    });
    model.setSolution({ colValue: start });
    const tStart = now();
    let interrupted = false;
    const tick = (event: { interrupt(): void }) => {
      progress(Math.min(0.95, 0.2 + (0.75 * (now() - tStart)) / 1000 / left), 'solve');
      if (opts.shouldStop?.()) {
        interrupted = true;
        event.interrupt();
      }
      return undefined;
    };
    model.run({ [highs.constants.callbackType.mipInterrupt]: tick });
    const status = model.getModelStatus();
    const ms = highs.constants.modelStatus;
    const x = model.getSolution().colValue;
    const touched = new Set(cols.map((c) => c.seeker));
    for (const i of touched) choice[i] = -1;
    cols.forEach((c, j) => {
      if (x[j]! > 0.5) choice[c.seeker] = c.block;
    });
    fillGaps(p, choice);
    // The solver's answer is kept only when it is consistent; otherwise the current one stands.
    const out = consistent(p, choice) ? choice : current.slice();
    return { choice: out, status: status === ms.optimal ? 'optimal' : interrupted || status === ms.interrupted ? 'stopped' : 'time-limit' };
  } finally {
    model.dispose();
  }
}

/**
 * [Optimise]: the priority-order pass, then a mixed-integer model solved by HiGHS within the
 * time limit, started from that pass (so it is never worse), then a fill of what is left.
 * Maximises Σ priority weight × (placed + wishes met) under every hard rule.
 */
export function proposeOptimised(doc: Parameters<typeof buildProblem>[0], highs: Highs, opts: OptimiseOptions = {}, now: () => number = () => 0): Proposal {
  const t0 = now();
  const seconds = opts.seconds ?? 60;
  const progress = opts.onProgress ?? (() => {});
  progress(0, 'prepare');
  const p = buildProblem(doc, opts);
  progress(0.1, 'draw');
  const greedy = greedyPass(p);
  const g = scoreOf(p, greedy);
  progress(0.15, 'model');
  let solver: ProposalStats['solver'] = 'none';
  let choice: Choice = greedy.slice();
  const best = bestOf(p);
  const deadline = t0 + seconds * 1000;
  // Large-neighbourhood rounds: re-solve the contested part exactly while it still improves.
  for (let round = 0; round < 8 && now() < deadline; round++) {
    const movable = contested(p, choice, best);
    if (movable.size === 0) {
      solver = solver === 'none' ? 'optimal' : solver;
      break;
    }
    const cols = columnsOf(p, choice, movable, opts.candidates ?? 60);
    const res = solveRound(p, highs, choice, cols, (deadline - now()) / 1000, opts, progress, now);
    solver = res.status;
    const before = scoreOf(p, choice).score;
    const after = scoreOf(p, res.choice).score;
    if (after > before + 1e-9) choice = res.choice;
    if (after <= before + 1e-9 || res.status !== 'optimal') break;
  }
  progress(0.97, 'explain');
  const proposal = toProposal(p, choice, 'optimise', { millis: 0, solver, greedyScore: g.score, greedyPlaced: g.placed });
  proposal.stats.millis = Math.round(now() - t0);
  progress(1, 'done');
  return proposal;
}
