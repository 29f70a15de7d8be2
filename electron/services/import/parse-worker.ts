/**
 * Entry of the spreadsheet parse worker (see parse-spreadsheet.ts). Runs one job from
 * `workerData.job` and posts its SpreadsheetResult back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runParseJob, type ParseJob } from './parse-job';

const job = (workerData as { job: ParseJob }).job;
void runParseJob(job).then((result) => parentPort?.postMessage(result));
