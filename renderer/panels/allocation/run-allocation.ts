import type { Proposal } from '../../../shared/allocation/types';
import type { AllocationMessage, AllocationRequest } from './protocol';

export interface AllocationRun {
  result: Promise<Proposal>;
  cancel(): void;
}

export class AllocationCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AllocationCancelled';
  }
}

/** Starts a proposal in a worker; `cancel` stops it at once (the worker is terminated). */
export function runAllocation(req: AllocationRequest, onProgress: (done: number, phase: string) => void): AllocationRun {
  const worker = new Worker(new URL('./allocation.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve(p: Proposal): void; reject(e: Error): void } | null = null;
  const result = new Promise<Proposal>((resolve, reject) => (settle = { resolve, reject }));
  const end = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (e: MessageEvent<AllocationMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.done, m.phase);
    else if (m.type === 'done') {
      settle?.resolve(m.proposal);
      end();
    } else {
      settle?.reject(new Error(m.message));
      end();
    }
  };
  worker.onerror = (e) => {
    settle?.reject(new Error(e.message || 'worker failed'));
    end();
  };
  worker.postMessage(req);
  return {
    result,
    cancel: () => {
      settle?.reject(new AllocationCancelled());
      end();
    },
  };
}
