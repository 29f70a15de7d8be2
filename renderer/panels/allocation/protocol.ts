import type { Proposal } from '../../../shared/allocation/types';
import type { Project } from '../../../shared/model/project';

/** What the allocation worker is asked to do. */
export interface AllocationRequest {
  doc: Project;
  method: 'greedy' | 'optimise';
  hallId: string | null;
  seconds: number;
  seed: number;
}

export type AllocationMessage =
  | { type: 'progress'; done: number; phase: string }
  | { type: 'done'; proposal: Proposal }
  | { type: 'error'; message: string };
