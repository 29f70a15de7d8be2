import { useEffect } from 'react';
import { editor } from '../../editor/instance';
import { commandForKey } from '../../editor/commands/registry';
import { appDialogOpen } from '../../panels/project/dialog-state';

const isTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/** The window's keyboard listener for app shortcuts: keys go to the registered commands. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (appDialogOpen()) return;
      // The plan's keys (Escape, Delete, arrows) are the plan input router's (`plan` in the catalog).
      const c = commandForKey(e, isTextField(e.target), 'app');
      if (!c) return;
      if (!c.global && !editor.store.getState().doc) return;
      e.preventDefault();
      c.run({ via: 'shortcut', shift: e.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
