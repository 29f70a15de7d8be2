/**
 * Why a booth was proposed, or why an exhibitor was left out. The renderer translates
 * `allocation.reason.<code>` with `args`; `message` is an English sentence for the CLI and logs.
 */
export interface Reason {
  code: ReasonCode;
  args: Record<string, string | number>;
  message: string;
}

export type ReasonCode =
  // placements
  | 'priority'
  | 'size'
  | 'rectangle'
  | 'adjacent'
  | 'zone-sector'
  | 'zone-country'
  | 'pavilion'
  | 'preferred-zone'
  | 'previous-booth'
  | 'corner'
  | 'island'
  // left out
  | 'no-size'
  | 'no-zone'
  | 'taken'
  | 'competitor'
  | 'not-optimal';

export interface Placement {
  exhibitorId: string;
  boothIds: string[];
  hallId: string;
  priority: number;
  /** Satisfaction of this placement for the exhibitor (1 = placed, more for wishes met). */
  satisfaction: number;
  reasons: Reason[];
}

export interface LeftOut {
  exhibitorId: string;
  priority: number;
  /** True when the exhibitor's request can be met on the empty floor (free booths of its size in an allowed zone). */
  satisfiable: boolean;
  reasons: Reason[];
}

export type AllocationMethod = 'greedy' | 'optimise';

export interface ProposalStats {
  exhibitors: number;
  satisfiable: number;
  placed: number;
  /** placed / satisfiable, 0–1 (1 when nobody is satisfiable). */
  placedShare: number;
  /** Σ priority weight × (2 for being placed + satisfaction) over placements. */
  score: number;
  boothsProposed: number;
  millis: number;
  /** What the optimiser did: optimal, stopped at the time limit, or not run. */
  solver: 'none' | 'optimal' | 'time-limit' | 'stopped';
  /** Score of the priority-order pass, for comparison. */
  greedyScore: number;
  greedyPlaced: number;
}

export interface Proposal {
  kind: 'pavilion-allocation-proposal';
  version: 1;
  method: AllocationMethod;
  seed: number;
  /** The hall the proposal was limited to, or null for the whole show. */
  hallId: string | null;
  /** The document revision the proposal was made from. */
  revision: number;
  placements: Placement[];
  leftOut: LeftOut[];
  stats: ProposalStats;
}

export interface AllocationOptions {
  seed?: number;
  /** Only booths of this hall. */
  hallId?: string | null;
  /** Only these exhibitors (default: every exhibitor without a booth). */
  exhibitorIds?: readonly string[] | null;
  /** Called now and then with the share done, 0–1, and a phase name. */
  onProgress?: (done: number, phase: string) => void;
}
