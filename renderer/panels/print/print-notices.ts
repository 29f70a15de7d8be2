import { createStore } from 'zustand/vanilla';

export interface PrintNotice {
  id: number;
  type: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

/** Short messages from print and publish commands run outside the dialog; `PrintHost` shows them. */
export const printNoticeStore = createStore<{ notice: PrintNotice | null }>(() => ({ notice: null }));
let nextId = 1;

export function printNotice(type: PrintNotice['type'], text: string): void {
  printNoticeStore.setState({ notice: { id: nextId++, type, text } });
}
