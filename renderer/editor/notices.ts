import { createStore } from 'zustand/vanilla';
import type { UiError } from './host-errors';

export interface Notice {
  id: number;
  /** Locale key of the headline, e.g. `errors.title.open`. */
  titleKey: string;
  error: UiError;
}

/** Errors waiting to be shown; `NoticeHost` turns them into notifications. */
export const noticeStore = createStore<{ notices: Notice[] }>(() => ({ notices: [] }));
let nextId = 1;

/** Reports an error to the user from anywhere (React or not). */
export function reportError(titleKey: string, error: UiError): void {
  noticeStore.setState((s) => ({ notices: [...s.notices, { id: nextId++, titleKey, error }] }));
}

export function takeNotices(): Notice[] {
  const { notices } = noticeStore.getState();
  if (notices.length > 0) noticeStore.setState({ notices: [] });
  return notices;
}
