import { parentPort } from 'node:worker_threads';
import { importDxf } from '../../../../shared/drawing/import-dxf';
import { parseVectorDrawing, serializeVectorDrawing } from '../../../../shared/drawing/compact';

/** Imports each input it is sent and answers with the outcome: ok (the stored form re-checked) or the error code. */
parentPort!.on('message', (bytes: Uint8Array) => {
  const r = importDxf(bytes, { limits: { maxMillis: 10_000 } });
  if (!r.ok) return parentPort!.postMessage({ ok: false, code: r.error.code });
  const back = parseVectorDrawing(serializeVectorDrawing(r.drawing));
  parentPort!.postMessage({ ok: true, sound: back.ok, detail: back.ok ? '' : back.detail });
});
