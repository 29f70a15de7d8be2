export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
}

/** Whether a key event matches a shortcut (letters compare case-insensitively). */
export function matchesShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, s: Shortcut): boolean {
  if (e.altKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (Boolean(s.mod) !== mod) return false;
  const isLetter = /^[a-z]$/i.test(s.key);
  if (isLetter && Boolean(s.shift) !== e.shiftKey) return false;
  return isLetter ? e.key.toLowerCase() === s.key : e.key === s.key;
}
