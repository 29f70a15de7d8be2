import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/ipc/contract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('editor commands in the application menu', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`sends every editor command (${language})`, () => {
      const sent: MenuCommand[] = [];
      const items = flatten(buildMenuTemplate({ language, isPackaged: true, platform: 'linux', send: (c) => sent.push(c) }));
      for (const i of items) if (i.click && !i.role && i.type !== 'radio') (i.click as () => void)();
      expect(sent).toEqual(
        expect.arrayContaining(['tool.select', 'tool.pan', 'tool.hall', 'tool.booth', 'tool.polygonBooth', 'tool.block', 'tool.facility', 'layout.check', 'edit.delete', 'edit.duplicate', 'edit.selectAll', 'help.shortcuts', 'edit.merge', 'edit.split', 'edit.alignLeft', 'edit.distributeV', 'hall.delete']),
      );
    });
  }

  it('shows single-key and text-editing shortcuts without taking them from text fields', () => {
    const items = flatten(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux', send: () => undefined }));
    const item = (label: string) => items.find((i) => i.label === label)!;
    expect(item('Booth')).toMatchObject({ accelerator: 'B', registerAccelerator: false });
    expect(item('Delete Selection')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    // The page's own shortcuts stand aside in text fields, so the menu only shows these keys.
    expect(item('Check Layout')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: false });
    expect(item('Select All Booths in Hall')).toMatchObject({ accelerator: 'CmdOrCtrl+A', registerAccelerator: false });
    expect(item('Copy')).toMatchObject({ accelerator: 'CmdOrCtrl+C', registerAccelerator: false });
    // File commands work from anywhere, fields included: the menu takes their keys.
    expect(item('Save').registerAccelerator).toBeUndefined();
  });

  it('is built from the command catalog: every command is in the menu, in both languages', async () => {
    const { COMMAND_CATALOG } = await import('../../../shared/commands/catalog');
    for (const language of ['en', 'zh-CN'] as const) {
      const sent: MenuCommand[] = [];
      const items = flatten(buildMenuTemplate({ language, isPackaged: true, platform: 'linux', send: (c) => sent.push(c) }));
      for (const i of items) if (i.click && !i.role && i.type !== 'radio') (i.click as () => void)();
      expect([...sent].sort()).toEqual(COMMAND_CATALOG.filter((c) => 'menu' in c).map((c) => c.id).sort());
      for (const c of COMMAND_CATALOG) expect(items.some((i) => i.label === ('menuLabel' in c ? c.menuLabel : c.label)[language])).toBe(true);
    }
  });

  it('keeps the text-editing roles on macOS, where fields need them', () => {
    const items = flatten(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'darwin', send: () => undefined }));
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });
});
