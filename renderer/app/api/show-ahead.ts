/**
 * A show parsed from the bytes the browser host sends ahead of its verdict, offered to whoever
 * can prepare for it while the host is still checking the same bytes (the plan builds its
 * scene then, instead of after the reply). It is not vouched for yet: the reply may refuse it
 * or replace it. A listener only prepares, keyed by the object (the very one the document
 * store gets when the reply vouches for it), shows nothing, and must not throw.
 */
type Listener = (show: unknown) => void;

const listeners = new Set<Listener>();

export function onShowAhead(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offerShowAhead(show: unknown): void {
  for (const listener of listeners) {
    try {
      listener(show);
    } catch {
      // Preparation only: the reply decides what is shown, and the work is done again after it.
    }
  }
}
