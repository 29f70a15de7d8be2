import { useEffect } from 'react';
import { searchText } from '../../../shared/exhibitors/search';
import type { Project } from '../../../shared/model/project';
import { editor } from '../../editor/instance';

/** Work per slice when the browser cannot say how long it is idle, ms. */
const SLICE_MS = 8;

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
 * big show waited that long. `body[data-search-ready]` says when it is done.
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
      cancel = idle(step);
    };
    start(editor.store.getState().doc);
    const stop = editor.store.subscribe((s) => start(s.doc));
    return () => {
      stop();
      cancel?.();
    };
  }, []);
}
