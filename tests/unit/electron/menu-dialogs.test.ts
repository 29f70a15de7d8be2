import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createNativeDialogs, ensureProjectExtension, fileNameFor, type DialogLike } from '../../../electron/main/dialogs';
import { buildMenuTemplate, menuLanguage } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { tempDir } from '../services/helpers';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function menu(opts: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = [];
  const items = flatten(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux', send: (c) => sent.push(c), ...opts }));
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no clickable ${label}`);
    (item.click as () => void)();
  };
  return { items, sent, click };
}

describe('application menu', () => {
  it('has the file, edit and view commands with their shortcuts', () => {
    const { items } = menu();
    const accel = (label: string) => items.find((i) => i.label === label)?.accelerator;
    expect(accel('New…')).toBe('CmdOrCtrl+N');
    expect(accel('Open…')).toBe('CmdOrCtrl+O');
    expect(accel('Save')).toBe('CmdOrCtrl+S');
    expect(accel('Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accel('Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('Redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accel('Zoom to Fit')).toBe('CmdOrCtrl+0');
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(expect.arrayContaining(['quit']));
  });

  it('sends commands to the renderer', () => {
    const m = menu();
    for (const label of ['New…', 'Open…', 'Open Sample Show', 'Save', 'Save As…', 'Undo', 'Redo', 'Zoom In', 'Zoom Out', 'Zoom to Fit', '中文', 'English', 'About Pavilion']) m.click(label);
    expect(m.sent).toEqual(['file.new', 'file.open', 'file.openSample', 'file.save', 'file.saveAs', 'edit.undo', 'edit.redo', 'view.zoomIn', 'view.zoomOut', 'view.zoomToFit', 'view.language.zh-CN', 'view.language.en', 'help.about']);
  });

  it('offers developer tools only in development builds', () => {
    expect(menu({ isPackaged: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(menu({ isPackaged: false }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('speaks Chinese and marks the current language', () => {
    const { items } = menu({ language: 'zh-CN' });
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助', '保存']));
    expect(items.find((i) => i.label === '中文')?.checked).toBe(true);
    expect(items.find((i) => i.label === 'English')?.checked).toBe(false);
  });

  it('has the macOS app menu only on macOS', () => {
    expect(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'darwin', send: () => undefined })[0]?.label).toBe('Pavilion');
    expect(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'win32', send: () => undefined })[0]?.label).toBe('File');
  });

  it('follows the system language until the user picks one', () => {
    expect(menuLanguage(null, 'zh-Hans-CN')).toBe('zh-CN');
    expect(menuLanguage(null, 'en-US')).toBe('en');
    expect(menuLanguage('en', 'zh-CN')).toBe('en');
  });
});

describe('native dialogs', () => {
  it('add the show extension a typed name lacks', () => {
    expect(ensureProjectExtension('/d/Expo.pavilion.json')).toBe('/d/Expo.pavilion.json');
    expect(ensureProjectExtension('/d/Expo.PAVILION.JSON')).toBe('/d/Expo.PAVILION.JSON');
    expect(ensureProjectExtension('/d/Expo.json')).toBe('/d/Expo.pavilion.json');
    expect(ensureProjectExtension('/d/Expo.pavilion')).toBe('/d/Expo.pavilion.json');
    expect(ensureProjectExtension('/d/Expo 2026')).toBe('/d/Expo 2026.pavilion.json');
  });

  it('make file names from show names', () => {
    expect(fileNameFor('China-ASEAN Expo 2026')).toBe('China-ASEAN Expo 2026.pavilion.json');
    expect(fileNameFor('a/b:c*?')).toBe('a_b_c__.pavilion.json');
    expect(fileNameFor('  ')).toBe('Untitled.pavilion.json');
    expect(fileNameFor('中国—东盟博览会')).toBe('中国—东盟博览会.pavilion.json');
  });

  const win = {} as BaseWindow;
  function fakeDialog(answers: { open?: string[]; save?: string; box?: number }) {
    const seen: { kind: string; options: unknown }[] = [];
    const dialog: DialogLike = {
      showOpenDialog: async (_w, options) => (seen.push({ kind: 'open', options }), { canceled: !answers.open, filePaths: answers.open ?? [] }),
      showSaveDialog: async (_w, options) => (seen.push({ kind: 'save', options }), { canceled: !answers.save, filePath: answers.save ?? '' }),
      showMessageBox: async (_w, options) => (seen.push({ kind: 'box', options }), { response: answers.box ?? 1, checkboxChecked: false }),
    };
    return { dialog, seen };
  }
  const dialogs = (d: DialogLike, platform: NodeJS.Platform = 'linux') =>
    createNativeDialogs({ dialog: d, getWindow: () => win, startDir: async () => '/docs', language: () => 'en', platform });

  it('open: a path, or cancel; filtered to show files', async () => {
    const a = fakeDialog({ open: ['/docs/a.pavilion.json'] });
    expect(await dialogs(a.dialog).chooseProjectToOpen()).toEqual({ kind: 'path', path: '/docs/a.pavilion.json' });
    expect(a.seen[0]?.options).toMatchObject({ defaultPath: '/docs', properties: ['openFile'], filters: [{ extensions: ['pavilion.json'] }] });
    expect(await dialogs(fakeDialog({}).dialog).chooseProjectToOpen()).toEqual({ kind: 'cancel' });
    const mac = fakeDialog({});
    await dialogs(mac.dialog, 'darwin').chooseProjectToOpen();
    expect(mac.seen[0]?.options).toMatchObject({ filters: [{ extensions: ['json'] }] });
    const noWindow = createNativeDialogs({ dialog: a.dialog, getWindow: () => null, startDir: async () => '/docs', language: () => 'en' });
    expect(await noWindow.chooseProjectToOpen()).toEqual({ kind: 'cancel' });
  });

  it('save: suggests a file name, adds the extension, and asks before replacing the file that name means', async () => {
    const s = fakeDialog({ save: '/docs/Expo' });
    expect(await dialogs(s.dialog).chooseProjectSaveLocation({ suggestedName: 'Expo' })).toEqual({ kind: 'path', path: '/docs/Expo.pavilion.json' });
    expect(s.seen[0]?.options).toMatchObject({ defaultPath: '/docs/Expo.pavilion.json' });
    expect(s.seen.some((x) => x.kind === 'box')).toBe(false);

    const dir = await tempDir();
    await writeFile(join(dir, 'Old.pavilion.json'), '{}');
    const keep = fakeDialog({ save: join(dir, 'Old'), box: 1 });
    expect(await dialogs(keep.dialog).chooseProjectSaveLocation({ suggestedName: 'x' })).toEqual({ kind: 'cancel' });
    const replace = fakeDialog({ save: join(dir, 'Old'), box: 0 });
    expect(await dialogs(replace.dialog).chooseProjectSaveLocation({ suggestedName: 'x' })).toEqual({ kind: 'path', path: join(dir, 'Old.pavilion.json') });
    expect(await dialogs(fakeDialog({}).dialog).chooseProjectSaveLocation({ suggestedName: 'x' })).toEqual({ kind: 'cancel' });
  });
});
