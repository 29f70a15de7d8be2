import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { proposeOptimised } from '../../../shared/allocation/optimise';
import { proposeGreedy } from '../../../shared/allocation/run';
import type { AllocationMessage, AllocationRequest } from './protocol';

/**
 * Runs a proposal off the main thread, so the plan stays responsive; Cancel terminates the
 * worker. Progress is posted at most every 100 ms.
 */
const post = (m: AllocationMessage) => (self as unknown as { postMessage(m: AllocationMessage): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<AllocationRequest>) => {
  const req = e.data;
  let last = 0;
  const onProgress = (done: number, phase: string) => {
    const t = performance.now();
    if (t - last < 100 && done < 1) return;
    last = t;
    post({ type: 'progress', done, phase });
  };
  try {
    const opts = { seed: req.seed, hallId: req.hallId, seconds: req.seconds, onProgress };
    const now = () => performance.now();
    const proposal =
      req.method === 'greedy' ? proposeGreedy(req.doc, opts, now) : proposeOptimised(req.doc, await loadHighs({ locateFile: () => wasmUrl }), opts, now);
    post({ type: 'done', proposal });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
