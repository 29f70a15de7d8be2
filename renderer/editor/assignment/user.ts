import type { ActionContext } from '../../../shared/assignment/types';

let userName = '';
/** On a shared show, the person the server authenticated (history and records name them). */
let sharedName: string | null = null;

/** The user name from the app settings, kept here once the shell has read them. */
export function setUserName(name: string): void {
  userName = name;
}

export function setSharedUserName(name: string | null): void {
  sharedName = name;
}

/** Who makes a change and when, for assignment records. */
export function actionContext(): ActionContext {
  return { by: sharedName ?? userName, at: new Date().toISOString() };
}

/** Today in the user's time zone (YYYY-MM-DD), for hold expiry. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
