import { createStore } from 'zustand/vanilla';

export interface FileChooserRequest {
  mode: 'open' | 'save';
  /** Folder to start in. */
  dir: string;
  /** Pre-filled file name (save). */
  suggestedName?: string;
  resolve(path: string | null): void;
}

export interface DialogState {
  chooser: FileChooserRequest | null;
  newProject: boolean;
  about: boolean;
  /** New edition from the open show (File ▸ New Edition…). */
  newEdition: boolean;
  /** Asking the user's name for the history (first start, or File ▸ Your Name…). */
  userName: boolean;
  /** Where the last copy was saved (Save a copy…), said once, then cleared. */
  copySaved: string | null;
}

export const dialogStore = createStore<DialogState>(() => ({ chooser: null, newProject: false, about: false, userName: false, newEdition: false, copySaved: null }));

/** A dialog that owns the keyboard while it is open (Escape closes it, not the selection): no shortcut runs. */
export function appDialogOpen(): boolean {
  const d = dialogStore.getState();
  return !!(d.chooser || d.newProject || d.about);
}

/**
 * Asks for a path with the in-page chooser (browser mode has no native dialogs). Resolves
 * null when cancelled; a request still open is cancelled by a newer one.
 */
export function askPathInApp(mode: 'open' | 'save', dir: string, suggestedName?: string): Promise<string | null> {
  dialogStore.getState().chooser?.resolve(null);
  return new Promise((resolve) => {
    dialogStore.setState({
      chooser: {
        mode,
        dir,
        suggestedName,
        resolve: (path) => {
          dialogStore.setState({ chooser: null });
          resolve(path);
        },
      },
    });
  });
}

export function showNewProjectDialog(open: boolean): void {
  dialogStore.setState({ newProject: open });
}

export function showAboutDialog(open: boolean): void {
  dialogStore.setState({ about: open });
}

export function showNewEditionDialog(open: boolean): void {
  dialogStore.setState({ newEdition: open });
}

export function showUserNameDialog(open: boolean): void {
  dialogStore.setState({ userName: open });
}
