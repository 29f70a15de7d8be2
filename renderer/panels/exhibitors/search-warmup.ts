import { useEffect } from 'react';
import { searchText } from '../../../shared/exhibitors/search';
import type { Project } from '../../../shared/model/project';
import { editor } from '../../editor/instance';
import { sessionStore } from '../../editor/session-store';

/** Work per slice when the browser cannot say how long it is idle, ms. */
const SLICE_MS = 8;
/** How long the warm-up waits for the plan's first drawing before it starts anyway, ms. */
const AFTER_DRAW_MS = 1500;

/**
 * Runs `run` once the plan of the open show is drawn (or after `AFTER_DRAW_MS` when no plan
 * is drawn, another view being shown): work that can wait must not delay the first drawing.
 */
function afterFirstDraw(run: () => void): () => void {
  if (sessionStore.getState().drawnHandle !== null) {
    run();
    return () => undefined;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    stop();
    clearTimeout(timer);
    run();
  };
  const stop = sessionStore.subscribe((s) => {
    if (s.drawnHandle !== null) go();
  });
  const timer = setTimeout(go, AFTER_DRAW_MS);
  return () => {
    done = true;
    stop();
    clearTimeout(timer);
  };
}

/** Runs `run` when the page is idle, with the time it may take (ms); returns a cancel. */
export const idle = (run: (budgetMs: number) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((d) => run(Math.max(SLICE_MS, d.timeRemaining())), { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => run(SLICE_MS), 16);
  return () => clearTimeout(id);
};

/**
 * Prepares the exhibitor search (folded names, pinyin and its initials) after a show opens or
 * its exhibitors change, in the idle time the browser offers (up to 50 ms at once). Pinyin of
 * 35,000 Chinese names takes about 1.5 s: done on the first keystroke, the first search of a
 * big show waited that long. It starts once the plan is drawn, so it never delays the first
 * drawing. `body[data-search-ready]` says when it is done.
 */
export function useSearchWarmup(): void {
  useEffect(() => {
    let cancel: (() => void) | null = null;
    let warmed: Project['exhibitors'] | null = null;
    const start = (doc: Project | null) => {
      if (!doc || doc.exhibitors === warmed) return;
      warmed = doc.exhibitors;
      cancel?.();
      // A signal for people measuring (and tests): the search has all it needs.
      document.body.removeAttribute('data-search-ready');
      const list = Object.values(doc.exhibitors);
      let i = 0;
      const step = (budgetMs: number) => {
        const until = performance.now() + budgetMs;
        while (i < list.length && performance.now() < until) searchText(list[i++]!);
        cancel = i < list.length ? idle(step) : null;
        if (!cancel) document.body.setAttribute('data-search-ready', 'true');
      };
      cancel = afterFirstDraw(() => {
        cancel = idle(step);
      });
    };
    start(editor.store.getState().doc);
    const stop = editor.store.subscribe((s) => start(s.doc));
    return () => {
      stop();
      cancel?.();
    };
  }, []);
}
