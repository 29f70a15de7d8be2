import { createStore } from 'zustand/vanilla';

/** Whether the print dialog is open (opened by the Print command). */
export const printDialogStore = createStore<{ open: boolean }>(() => ({ open: false }));

export function showPrintDialog(open: boolean): void {
  printDialogStore.setState({ open });
}
