import { useEffect } from 'react';
import { editor } from '../../editor/instance';
import { dialogStore } from './dialog-state';
import { COMMANDS } from './commands';
import { matchesShortcut } from './shortcut';

const isTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/** Keyboard shortcuts of the registered commands, for the whole window. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A dialog owns the keyboard while it is open (Escape closes it, not the selection).
      const d = dialogStore.getState();
      if (d.chooser || d.newProject || d.about) return;
      const inText = isTextField(e.target);
      for (const c of COMMANDS) {
        if (inText && !c.inTextFields) continue;
        if (!c.shortcuts.some((s) => matchesShortcut(e, s))) continue;
        if (c.needsProject && !editor.store.getState().doc) return;
        e.preventDefault();
        c.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
