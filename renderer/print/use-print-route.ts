import { useSyncExternalStore } from 'react';
import { isPrintHash } from './route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The location hash when it is the print route, else null; follows hash changes. */
export function usePrintRouteHash(): string | null {
  return useSyncExternalStore(subscribe, () => (isPrintHash(window.location.hash) ? window.location.hash : null));
}

/** Leaves the print route for the editor, without a history entry (Back should not reprint). */
export function leavePrintRoute(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url.toString());
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Shows the print route in this window (the open show stays in memory). */
export function goToPrintRoute(hash: string): void {
  window.location.hash = hash;
}
