import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Language, PathChoice } from '../../shared/ipc/contract';
import type { HostDialogs } from '../services/pavilion-services';
import { PROJECT_EXTENSION } from '../services/project-format';

/** The part of Electron's `dialog` used here. */
export interface DialogLike {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export interface NativeDialogOptions {
  dialog: DialogLike;
  /** The window the dialogs belong to; without one the dialog is cancelled. */
  getWindow: () => BaseWindow | null;
  startDir: () => Promise<string>;
  language: () => Language;
  platform?: NodeJS.Platform;
}

const TEXT = {
  'zh-CN': {
    open: '打开展会',
    save: '保存展会',
    filter: 'Pavilion 展会',
    replace: '替换',
    cancel: '取消',
    exists: (name: string) => `“${name}”已存在。要替换它吗？`,
  },
  en: {
    open: 'Open Show',
    save: 'Save Show',
    filter: 'Pavilion show',
    replace: 'Replace',
    cancel: 'Cancel',
    exists: (name: string) => `“${name}” already exists. Do you want to replace it?`,
  },
} as const;

/** Adds the show extension a typed name lacks (`Expo` / `Expo.json` → `Expo.pavilion.json`). */
export function ensureProjectExtension(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith(PROJECT_EXTENSION)) return path;
  if (lower.endsWith('.json')) return `${path.slice(0, -'.json'.length)}${PROJECT_EXTENSION}`;
  if (lower.endsWith('.pavilion')) return `${path}.json`;
  return `${path}${PROJECT_EXTENSION}`;
}

/** A file name from a show name: characters no file system accepts are replaced. */
export function fileNameFor(suggestedName: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = suggestedName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  return `${cleaned || 'Untitled'}${PROJECT_EXTENSION}`;
}

/**
 * Native open/save dialogs filtered to show files. macOS cannot filter on a two-part
 * extension, so there it filters on `.json` and the project service refuses other files.
 */
export function createNativeDialogs(o: NativeDialogOptions): HostDialogs {
  const platform = o.platform ?? process.platform;
  const filters = () => [{ name: TEXT[o.language()].filter, extensions: [platform === 'darwin' ? 'json' : PROJECT_EXTENSION.slice(1)] }];

  return {
    async chooseProjectToOpen(): Promise<PathChoice> {
      const win = o.getWindow();
      if (!win) return { kind: 'cancel' };
      const res = await o.dialog.showOpenDialog(win, {
        title: TEXT[o.language()].open,
        defaultPath: await o.startDir(),
        properties: ['openFile'],
        filters: filters(),
      });
      const path = res.filePaths[0];
      return res.canceled || !path ? { kind: 'cancel' } : { kind: 'path', path };
    },

    async chooseProjectSaveLocation(req: { suggestedName: string }): Promise<PathChoice> {
      const win = o.getWindow();
      if (!win) return { kind: 'cancel' };
      const t = TEXT[o.language()];
      const res = await o.dialog.showSaveDialog(win, {
        title: t.save,
        defaultPath: join(await o.startDir(), fileNameFor(req.suggestedName)),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (res.canceled || !res.filePath) return { kind: 'cancel' };
      const path = ensureProjectExtension(res.filePath);
      // The dialog confirmed replacing the name typed, not the one with the extension added.
      if (path !== res.filePath && existsSync(path)) {
        const answer = await o.dialog.showMessageBox(win, {
          type: 'warning',
          message: t.exists(path.split(/[\\/]/).pop() ?? path),
          buttons: [t.replace, t.cancel],
          defaultId: 1,
          cancelId: 1,
        });
        if (answer.response !== 0) return { kind: 'cancel' };
      }
      return { kind: 'path', path };
    },
  };
}
