import type { ActionContext } from '../../../shared/assignment/types';

let userName = '';

/** The user name from the app settings, kept here once the shell has read them. */
export function setUserName(name: string): void {
  userName = name;
}

/** Who makes a change and when, for assignment records. */
export function actionContext(): ActionContext {
  return { by: userName, at: new Date().toISOString() };
}

/** Today in the user's time zone (YYYY-MM-DD), for hold expiry. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
