import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SpreadsheetError, SpreadsheetResult } from '../../../shared/exhibitors/import/types';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import type { ParseJob } from './parse-job';
import { sniff } from './sniff';
import { inspectZip, isXlsxPackage } from './zip-guard';
import { checkInflatedSize } from './zip-inflate-count';
import { KeyedQueue } from '../serial-queue';

export interface ParseOptions {
  /** Worksheet to read from a workbook; default the first visible one. */
  sheetName?: string;
  limits?: Partial<ImportLimits>;
  /**
   * Where the worker entry is. Default: `./parse-worker.ts` through `parse-worker-boot.mjs`
   * when this module runs from source, `./parse-worker.js` beside the bundle otherwise.
   */
  workerUrl?: URL;
}

const fail = (error: SpreadsheetError): SpreadsheetResult => ({ ok: false, error });

// Held in variables so that bundlers do not rewrite `new URL(literal, import.meta.url)` into assets.
const BOOT_FILE = 'parse-worker-boot.mjs';
const SOURCE_ENTRY = 'parse-worker.ts';
const BUNDLED_ENTRY = 'parse-worker.js';

/**
 * The worker's location. From source (.ts, under Vitest or tsx) the .mjs boot registers tsx
 * and imports the .ts entry; a bundle must ship `parse-worker.js` beside the file holding this
 * code (see README.md).
 */
function workerSpec(override?: URL): { url: URL; entry?: string } {
  if (override) return { url: override };
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: new URL(BOOT_FILE, here), entry: new URL(SOURCE_ENTRY, here).href };
  return { url: new URL(BUNDLED_ENTRY, here) };
}

async function readInput(input: string | Uint8Array, limits: ImportLimits): Promise<Uint8Array | SpreadsheetError> {
  if (typeof input !== 'string') {
    return input.byteLength > limits.maxFileBytes ? { code: 'too-large', limit: limits.maxFileBytes } : input;
  }
  try {
    const st = await fs.stat(input);
    if (!st.isFile()) return { code: 'not-a-file' };
    // Checked before reading: a 2 GB file is refused without being loaded.
    if (st.size > limits.maxFileBytes) return { code: 'too-large', limit: limits.maxFileBytes };
    const buf = await fs.readFile(input);
    return buf.byteLength > limits.maxFileBytes ? { code: 'too-large', limit: limits.maxFileBytes } : buf;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found' };
    if (code === 'EACCES' || code === 'EPERM') return { code: 'permission' };
    if (code === 'EISDIR') return { code: 'not-a-file' };
    return { code: 'io', detail: String((e as Error).message ?? e) };
  }
}

function runWorker(job: ParseJob, limits: ImportLimits, workerUrl?: URL): Promise<SpreadsheetResult> {
  const spec = workerSpec(workerUrl);
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: SpreadsheetResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    };
    // A copy of the bytes is transferred, so the caller's buffer stays usable.
    const bytes = new Uint8Array(job.bytes);
    const worker = new Worker(spec.url, {
      workerData: { entry: spec.entry, job: { ...job, bytes } },
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    const timer = setTimeout(() => done(fail({ code: 'timeout', limit: limits.timeoutMs / 1000 })), limits.timeoutMs);
    worker.on('message', (m: SpreadsheetResult) => done(m));
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') done(fail({ code: 'out-of-memory', limit: limits.workerHeapMb, detail: e.message }));
      else done(fail({ code: 'worker-failed', detail: `${e.name}: ${e.message}`.slice(0, 500) }));
    });
    worker.on('exit', (code) => done(fail({ code: 'worker-failed', detail: `worker exited with code ${code}` })));
  });
}

/**
 * Parses run one at a time: six at once on two cores gave five time-outs and 1.27 GB of
 * memory. A queued parse waits without its clock running (the time limit starts when its
 * worker does).
 */
const queue = new KeyedQueue();
let running = 0;
let peakRunning = 0;

/** How many parses ran at once at most since the process started (tests). */
export function parsePeakConcurrency(): number {
  return peakRunning;
}

/**
 * Reads a spreadsheet (CSV in UTF-8/GB18030/UTF-16, or XLSX) into rows of text, safely:
 * size checked before reading, type sniffed by magic bytes (never by file name), zip
 * inflation checked before exceljs opens it, and parsing done in a Worker with a heap limit
 * and a time limit. Never throws; every failure is an error code (`SpreadsheetErrorCode`).
 *
 * `input` is a file path or the file's bytes (e.g. from a browser upload).
 */
export function parseSpreadsheet(input: string | Uint8Array, opts: ParseOptions = {}): Promise<SpreadsheetResult> {
  return queue.run('parse', async () => {
    running++;
    peakRunning = Math.max(peakRunning, running);
    try {
      return await parseNow(input, opts);
    } finally {
      running--;
    }
  });
}

async function parseNow(input: string | Uint8Array, opts: ParseOptions): Promise<SpreadsheetResult> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...opts.limits };
  try {
    const bytes = await readInput(input, limits);
    if (!(bytes instanceof Uint8Array)) return fail(bytes);
    const kind = sniff(bytes);
    if (kind === 'empty') return fail({ code: 'empty' });
    if (kind === 'legacy-xls') return fail({ code: 'legacy-xls' });
    if (kind === 'binary') return fail({ code: 'unknown-format' });
    if (kind === 'zip') {
      const zip = inspectZip(bytes, limits);
      if (!zip.ok) return fail(zip.error);
      if (!isXlsxPackage(zip.entries)) return fail({ code: 'not-xlsx' });
      // The declared sizes may lie: count what the entries really inflate to, as they stream.
      const real = await checkInflatedSize(bytes, zip.entries, limits);
      if (!real.ok) return fail(real.error);
      return await runWorker({ format: 'xlsx', bytes, sheetName: opts.sheetName, limits }, limits, opts.workerUrl);
    }
    return await runWorker({ format: 'csv', bytes, limits }, limits, opts.workerUrl);
  } catch (e) {
    return fail({ code: 'worker-failed', detail: e instanceof Error ? e.message : String(e) });
  }
}
