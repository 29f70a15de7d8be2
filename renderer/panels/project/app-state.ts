import { createStore } from 'zustand/vanilla';

/**
 * Where the app is in its life: `starting` until the first project (or the empty state) is
 * decided; `opening` counts project switches in progress. Together with the canvas having
 * drawn, they drive the ready signal end-to-end tests wait on.
 */
export interface AppState {
  phase: 'starting' | 'running';
  opening: number;
  /** Counts finished openings, so the ready signal is re-evaluated even when nothing else changed. */
  settled: number;
  /**
   * The side panels have been mounted. The first show opened draws its plan before the panels
   * are built (see Workspace), so the page is ready only once both are there.
   */
  panelsShown: boolean;
}

export const appStateStore = createStore<AppState>(() => ({ phase: 'starting', opening: 0, settled: 0, panelsShown: false }));

/**
 * Runs `work` with the app marked as opening, however it ends. The page is marked not ready
 * at once (not on the next render), so a test that clicks "Open" and then waits for ready
 * cannot see the previous project's "true".
 */
export async function whileOpening<T>(work: () => Promise<T>): Promise<T> {
  document.body.dataset.ready = 'false';
  appStateStore.setState((s) => ({ opening: s.opening + 1 }));
  try {
    return await work();
  } finally {
    appStateStore.setState((s) => ({ opening: s.opening - 1, settled: s.settled + 1 }));
  }
}
