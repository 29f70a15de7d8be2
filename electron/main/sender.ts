import { APP_HOST, APP_SCHEME } from './protocol';

/** What the check needs of an IPC event (Electron's `IpcMainInvokeEvent` fits). */
export interface SenderEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Whether an IPC call comes from a page of the app itself (`app://pavilion/…`). Anything else
 * — a frame navigated elsewhere, a destroyed frame, a devtools-injected page — is refused.
 * Non-special schemes have an opaque `URL.origin` in WHATWG URL, so the parts are compared.
 */
export function isTrustedSender(event: SenderEventLike): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
