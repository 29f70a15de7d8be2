import { useEffect } from 'react';
import { editor } from '../../editor/instance';
import { commandForKey } from '../../editor/commands/registry';
import { dialogStore } from '../../panels/project/dialog-state';

const isTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/** The window's one keyboard listener for commands: keys go to the registered commands. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A dialog owns the keyboard while it is open (Escape closes it, not the selection).
      const d = dialogStore.getState();
      if (d.chooser || d.newProject || d.about) return;
      const c = commandForKey(e, isTextField(e.target));
      if (!c) return;
      if (!c.global && !editor.store.getState().doc) return;
      e.preventDefault();
      c.run({ via: 'shortcut', shift: e.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
