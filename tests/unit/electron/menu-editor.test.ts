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
        expect.arrayContaining(['tool.select', 'tool.pan', 'tool.hall', 'tool.booth', 'tool.polygonBooth', 'tool.block', 'tool.facility', 'layout.check', 'edit.delete', 'edit.duplicate', 'edit.selectAll', 'help.shortcuts']),
      );
    });
  }

  it('shows single-key and text-editing shortcuts without taking them from text fields', () => {
    const items = flatten(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux', send: () => undefined }));
    const item = (label: string) => items.find((i) => i.label === label)!;
    expect(item('Booth')).toMatchObject({ accelerator: 'B', registerAccelerator: false });
    expect(item('Delete Selection')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    expect(item('Check Layout')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+L' });
    expect(item('Check Layout').registerAccelerator).toBeUndefined();
    // The platform's text "Select All" keeps Ctrl+A; selecting every booth is its own item.
    expect(items.some((i) => i.role === 'selectAll')).toBe(true);
    expect(item('Select All Booths').accelerator).toBeUndefined();
  });
});
