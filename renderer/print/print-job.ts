import { createStore } from 'zustand/vanilla';

/**
 * The logo of the current print job. It lives only in this window's memory (the dialog's
 * options): never saved with the show, never put in the URL.
 */
export const printJobStore = createStore<{ logo: string | null }>(() => ({ logo: null }));

export function setPrintLogo(logo: string | null): void {
  printJobStore.setState({ logo });
}
