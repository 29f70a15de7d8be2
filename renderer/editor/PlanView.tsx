import type { ReactNode } from 'react';
import { FloorCanvas } from './canvas/FloorCanvas';

/**
 * The plan area: the canvas filling it, with `children` (legend, hints) floating on top.
 * The shell places this without touching the canvas itself.
 */
export function PlanView({ children }: { children?: ReactNode }) {
  return (
    <div className="plan-view" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <FloorCanvas />
      {children}
    </div>
  );
}
