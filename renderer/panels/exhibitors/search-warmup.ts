import { useEffect } from 'react';
import { searchText } from '../../../shared/exhibitors/search';
import type { Project } from '../../../shared/model/project';
import { editor } from '../../editor/instance';

/** Work per slice, ms: short enough that a click or a key between slices is not kept waiting. */
const SLICE_MS = 8;

const idle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
};

/**
 * Prepares the exhibitor search (folded names, pinyin and its initials) in idle moments after a
 * show opens or its exhibitors change, a few milliseconds at a time. Pinyin of 35,000 Chinese
 * names takes about 1.5 s: done on the first keystroke, the first search of a big show waited
 * that long.
 */
export function useSearchWarmup(): void {
  useEffect(() => {
    let cancel: (() => void) | null = null;
    let warmed: Project['exhibitors'] | null = null;
    const start = (doc: Project | null) => {
      if (!doc || doc.exhibitors === warmed) return;
      warmed = doc.exhibitors;
      cancel?.();
      const list = Object.values(doc.exhibitors);
      let i = 0;
      const step = () => {
        const until = performance.now() + SLICE_MS;
        while (i < list.length && performance.now() < until) searchText(list[i++]!);
        cancel = i < list.length ? idle(step) : null;
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
