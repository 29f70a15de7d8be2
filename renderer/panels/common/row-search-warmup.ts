import { useEffect, useState } from 'react';
import type { Language } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { idle } from '../exhibitors/search-warmup';

/**
 * Prepares a table's search over its rows (one joined text per row, see `exhibitorRowList`)
 * in idle time once the rows of a document version are built; true when done (the Exhibitors
 * view and the side panel say so in `data-search-prepared`, which the bench and tests wait for).
 */
export function useRowSearchWarmup(doc: Project | null, lang: Language, prepare: (doc: Project, lang: Language, until: number) => boolean): boolean {
  const [done, setDone] = useState<{ doc: Project; lang: Language } | null>(null);
  useEffect(() => {
    if (!doc) return;
    let cancel: (() => void) | null = null;
    const step = (budgetMs: number) => {
      if (prepare(doc, lang, performance.now() + budgetMs)) {
        cancel = null;
        setDone({ doc, lang });
      } else cancel = idle(step);
    };
    cancel = idle(step);
    return () => cancel?.();
  }, [doc, lang, prepare]);
  return done !== null && done.doc === doc && done.lang === lang;
}
