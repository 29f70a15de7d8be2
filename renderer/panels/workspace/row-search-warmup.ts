import { useEffect, useState } from 'react';
import type { Language } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { idle } from '../exhibitors/search-warmup';
import { prepareRowSearch } from './view-rows';

/**
 * Prepares the Exhibitors view's search over its rows (one joined text per row) in idle time
 * once the rows of a document version are built; true when done (the view says so in
 * `data-search-prepared`, which the bench and tests wait for).
 */
export function useRowSearchWarmup(doc: Project | null, lang: Language): boolean {
  const [done, setDone] = useState<{ doc: Project; lang: Language } | null>(null);
  useEffect(() => {
    if (!doc) return;
    let cancel: (() => void) | null = null;
    const step = (budgetMs: number) => {
      if (prepareRowSearch(doc, lang, performance.now() + budgetMs)) {
        cancel = null;
        setDone({ doc, lang });
      } else cancel = idle(step);
    };
    cancel = idle(step);
    return () => cancel?.();
  }, [doc, lang]);
  return done !== null && done.doc === doc && done.lang === lang;
}
