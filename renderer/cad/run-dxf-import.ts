import { DXF_LIMITS, sniffCad, type DxfImportResult } from '../../shared/drawing/import-dxf';
import type { DxfWorkerMessage } from './dxf-worker';

/** The worker is ended after this long whatever it is doing (its own time cap is shorter). */
export const DXF_HARD_TIMEOUT_MS = DXF_LIMITS.maxMillis + 10_000;

export interface DxfImportJob {
  promise: Promise<DxfImportResult>;
  cancel(): void;
}

/**
 * Reads a picked file and imports it in a Worker, reporting progress. The size cap is checked
 * before the file is read; the worker is terminated on cancel, on a crash or past the hard
 * time limit, and the caller gets a result with a code in every case — never a hang.
 */
export function runDxfImport(file: File, onProgress: (fraction: number) => void): DxfImportJob {
  let worker: Worker | null = null;
  let timer = 0;
  let settle: (r: DxfImportResult) => void = () => {};
  const finish = (r: DxfImportResult) => {
    if (timer) clearTimeout(timer);
    worker?.terminate();
    worker = null;
    settle(r);
    settle = () => {};
  };
  const promise = new Promise<DxfImportResult>((resolve) => {
    settle = resolve;
  });
  void (async () => {
    if (file.size > DXF_LIMITS.maxBytes) return finish({ ok: false, error: { code: 'too-large', limit: DXF_LIMITS.maxBytes } });
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
    const kind = sniffCad(head);
    if (kind === 'dwg') return finish({ ok: false, error: { code: 'dwg' } });
    if (kind === 'other') return finish({ ok: false, error: { code: 'not-dxf' } });
    const bytes = await file.arrayBuffer();
    worker = new Worker(new URL('./dxf-worker.ts', import.meta.url), { type: 'module', name: 'dxf-import' });
    worker.onmessage = (e: MessageEvent<DxfWorkerMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data.fraction);
      else finish(e.data.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish({ ok: false, error: { code: 'corrupt', detail: e.message } });
    };
    timer = window.setTimeout(() => finish({ ok: false, error: { code: 'timeout', limit: DXF_HARD_TIMEOUT_MS } }), DXF_HARD_TIMEOUT_MS);
    worker.postMessage({ bytes, name: file.name.slice(0, 255) }, [bytes]);
  })().catch((e: unknown) => finish({ ok: false, error: { code: 'corrupt', detail: e instanceof Error ? e.message : String(e) } }));
  return { promise, cancel: () => finish({ ok: false, error: { code: 'timeout', detail: 'cancelled' } }) };
}
