/**
 * Things the panels and toolbar ask of the view without knowing the canvas: zoom, fit the
 * whole show, one hall, or some booths. The canvas subscribes; whatever needs the plan's
 * layout (where a hall sits) is worked out there.
 */
export type ViewRequest =
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit-all' }
  | { kind: 'fit-hall'; hallId: string }
  | { kind: 'fit-booths'; boothIds: string[] };

type Listener = (req: ViewRequest) => void;
const listeners = new Set<Listener>();

export function requestView(req: ViewRequest): void {
  for (const l of listeners) l(req);
}

export function onViewRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
