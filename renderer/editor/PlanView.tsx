import type { ReactNode } from 'react';
import { FloorCanvas } from './canvas/FloorCanvas';

/**
 * The plan area: the canvas filling it, with `children` (legend, hints) floating on top.
 * The shell places this without touching the canvas itself; `keysBlocked` tells the plan's
 * input router when one of the shell's dialogs owns the keyboard.
 */
export function PlanView({ children, keysBlocked }: { children?: ReactNode; keysBlocked?: () => boolean }) {
  return (
    <div className="plan-view" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <FloorCanvas keysBlocked={keysBlocked} />
      {children}
    </div>
  );
}
