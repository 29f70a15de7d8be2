/// <reference lib="webworker" />
import { importDxf, type DxfImportResult } from '../../shared/drawing/import-dxf';

/** Messages from the import worker: progress (0…1) a few hundred times, then the result. */
export type DxfWorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: DxfImportResult };

self.onmessage = (e: MessageEvent<{ bytes: ArrayBuffer; name: string }>) => {
  const post = (m: DxfWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
  let last = -1;
  const result = importDxf(new Uint8Array(e.data.bytes), {
    sourceName: e.data.name,
    onProgress: (fraction) => {
      // Whole per cents: the bar moves, the channel is not flooded.
      const pct = Math.floor(fraction * 100);
      if (pct !== last) {
        last = pct;
        post({ type: 'progress', fraction });
      }
    },
  });
  post({ type: 'done', result });
};
