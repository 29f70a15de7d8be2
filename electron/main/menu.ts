import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../shared/ipc/contract';

import { acceleratorOf, COMMAND_CATALOG, type CommandSpec, type MenuSection } from '../../shared/commands/catalog';

/** Words of the menu's own frame (menus, platform roles); the commands bring their own. */
const FRAME: Record<Language, Record<'file' | 'edit' | 'arrange' | 'view' | 'tools' | 'help' | 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'language' | 'devTools', string>> = {
  'zh-CN': { file: '文件', edit: '编辑', arrange: '排列', view: '视图', tools: '工具', help: '帮助', quit: '退出', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选', language: '语言', devTools: '开发者工具' },
  en: { file: 'File', edit: 'Edit', arrange: 'Arrange', view: 'View', tools: 'Tools', help: 'Help', quit: 'Quit', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', language: 'Language', devTools: 'Developer Tools' },
};

export interface MenuOptions {
  language: Language;
  /** Developer tools are offered only in development builds. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Delivers a command to the renderer (`EVENT_CHANNELS.menuCommand`). */
  send: (command: MenuCommand) => void;
}

/**
 * The application menu, built from the command catalog (the same list the page's toolbar,
 * context menu and shortcut help read): every item sends its command id to the renderer.
 */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const t = FRAME[o.language];
  const mac = o.platform === 'darwin';
  const item = (c: CommandSpec): MenuItemConstructorOptions => {
    const first = c.shortcuts[0];
    const label = (c.menuLabel ?? c.label)[o.language];
    const click = () => o.send(c.id as MenuCommand);
    if (!first) return { label, click };
    // Only file-level shortcuts with Ctrl/Cmd are taken by the menu itself. The rest are shown
    // but left to the page, whose shortcuts stand aside while the user types in a field (so
    // Ctrl+Z, Ctrl+C, Delete, arrows and letters keep their text-editing meaning there).
    const register = Boolean(first.mod && c.inTextFields);
    return { label, click, accelerator: acceleratorOf(first), ...(register ? {} : { registerAccelerator: false }) };
  };
  const section = (s: MenuSection): MenuItemConstructorOptions[] =>
    COMMAND_CATALOG.filter((c) => c.menu === s && !(mac && c.id === 'help.about')).flatMap((c): MenuItemConstructorOptions[] => ('menuBreak' in c && c.menuBreak ? [{ type: 'separator' }, item(c)] : [item(c)]));
  const about = COMMAND_CATALOG.find((c) => c.id === 'help.about')!;

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Pavilion',
      submenu: [item(about), { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: t.quit }],
    });
  }
  template.push({
    label: t.file,
    submenu: [...section('file'), ...(mac ? [] : ([{ type: 'separator' }, { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' }] satisfies MenuItemConstructorOptions[]))],
  });
  // macOS routes Cmd+C/V/X/A in text fields through these roles; elsewhere the fields do it.
  const textRoles: MenuItemConstructorOptions[] = mac
    ? [{ type: 'separator' }, { role: 'cut', label: t.cut, registerAccelerator: false }, { role: 'copy', label: t.copy, registerAccelerator: false }, { role: 'paste', label: t.paste, registerAccelerator: false }, { role: 'selectAll', label: t.selectAll, registerAccelerator: false }]
    : [];
  template.push({ label: t.edit, submenu: [...section('edit'), ...textRoles] });
  template.push({ label: t.arrange, submenu: section('arrange') });
  template.push({
    label: t.view,
    submenu: [
      ...section('view'),
      { type: 'separator' },
      {
        label: t.language,
        submenu: [
          { label: '中文', type: 'radio', checked: o.language === 'zh-CN', click: () => o.send('view.language.zh-CN') },
          { label: 'English', type: 'radio', checked: o.language === 'en', click: () => o.send('view.language.en') },
        ],
      },
      ...(o.isPackaged ? [] : ([{ type: 'separator' }, { role: 'toggleDevTools', label: t.devTools }] satisfies MenuItemConstructorOptions[])),
    ],
  });
  template.push({ label: t.tools, submenu: section('tools') });
  template.push({ role: 'help', label: t.help, submenu: section('help') });
  return template;
}

/** The menu's language: the user's choice, else the system's (Chinese for any `zh*`). */
export function menuLanguage(setting: Language | null, systemLocale: string): Language {
  if (setting) return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
