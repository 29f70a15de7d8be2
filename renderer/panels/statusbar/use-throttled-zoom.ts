import { useSyncExternalStore } from 'react';
import { cameraStore, zoomPercent } from '../../editor/camera';

const INTERVAL_MS = 120;

/**
 * Zoom % for display. The camera changes on every wheel tick and pan frame; React hears
 * about it at most every INTERVAL_MS (and once more when the gesture stops).
 */
function subscribe(onChange: () => void): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = cameraStore.subscribe((s, prev) => {
    if (s.scale === prev.scale) return;
    const now = performance.now();
    if (now - last >= INTERVAL_MS) {
      last = now;
      onChange();
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        last = performance.now();
        onChange();
      }, INTERVAL_MS);
    }
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

const snapshot = () => zoomPercent(cameraStore.getState().scale);

export function useThrottledZoom(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
