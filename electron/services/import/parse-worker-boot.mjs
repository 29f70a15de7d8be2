// Runs the TypeScript worker entry from source (tests, `tsx` scripts): Node 20 ignores
// `--import tsx` in a Worker's execArgv, so the loader is registered here first.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
