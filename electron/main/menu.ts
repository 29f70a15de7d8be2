import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../shared/ipc/contract';

type LabelKey =
  | 'file'
  | 'new'
  | 'open'
  | 'openSample'
  | 'save'
  | 'saveAs'
  | 'quit'
  | 'edit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'view'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomToFit'
  | 'language'
  | 'devTools'
  | 'help'
  | 'about'
  | EditorLabelKey;

/** The floor plan editor's commands (tools menu, selection commands, layout check, shortcuts). */
type EditorLabelKey = 'tools' | 'toolSelect' | 'toolPan' | 'toolHall' | 'toolBooth' | 'toolPolygonBooth' | 'toolBlock' | 'toolFacility' | 'checkLayout' | 'deleteItems' | 'duplicate' | 'selectAllBooths' | 'shortcuts';

/** Menu labels live here, not in the renderer's locales: the menu exists before any page. */
const LABELS: Record<Language, Record<LabelKey, string>> = {
  'zh-CN': {
    file: '文件',
    new: '新建…',
    open: '打开…',
    openSample: '打开示例展会',
    save: '保存',
    saveAs: '另存为…',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomToFit: '缩放至适合',
    language: '语言',
    devTools: '开发者工具',
    help: '帮助',
    about: '关于 Pavilion',
    tools: '工具',
    toolSelect: '选择',
    toolPan: '平移',
    toolHall: '展馆',
    toolBooth: '展位',
    toolPolygonBooth: '多边形展位',
    toolBlock: '展位块…',
    toolFacility: '设施',
    checkLayout: '检查布局',
    deleteItems: '删除所选',
    duplicate: '创建副本',
    selectAllBooths: '选择全部展位',
    shortcuts: '键盘快捷键',
  },
  en: {
    file: 'File',
    new: 'New…',
    open: 'Open…',
    openSample: 'Open Sample Show',
    save: 'Save',
    saveAs: 'Save As…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    zoomToFit: 'Zoom to Fit',
    language: 'Language',
    devTools: 'Developer Tools',
    help: 'Help',
    about: 'About Pavilion',
    tools: 'Tools',
    toolSelect: 'Select',
    toolPan: 'Pan',
    toolHall: 'Hall',
    toolBooth: 'Booth',
    toolPolygonBooth: 'Polygon Booth',
    toolBlock: 'Booth Block…',
    toolFacility: 'Facility',
    checkLayout: 'Check Layout',
    deleteItems: 'Delete Selection',
    duplicate: 'Duplicate',
    selectAllBooths: 'Select All Booths',
    shortcuts: 'Keyboard Shortcuts',
  },
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
 * The application menu. Commands the app implements itself (undo of its own operations,
 * zoom of the floor plan, file commands) go to the renderer; text editing uses the
 * platform's roles.
 */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[o.language];
  const mac = o.platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => o.send(command),
  });
  // Shown, not registered: these keys mean text editing inside fields, so the renderer's own
  // shortcuts (which stand aside in text fields) handle them.
  const shown = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({ ...cmd(label, command, accelerator), registerAccelerator: false });

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Pavilion',
      submenu: [cmd(t.about, 'help.about'), { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: t.quit }],
    });
  }
  template.push({
    label: t.file,
    submenu: [
      cmd(t.new, 'file.new', 'CmdOrCtrl+N'),
      cmd(t.open, 'file.open', 'CmdOrCtrl+O'),
      cmd(t.openSample, 'file.openSample'),
      { type: 'separator' },
      cmd(t.save, 'file.save', 'CmdOrCtrl+S'),
      cmd(t.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      ...(mac ? [] : ([{ type: 'separator' }, { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' }] satisfies MenuItemConstructorOptions[])),
    ],
  });
  template.push({
    label: t.edit,
    submenu: [
      cmd(t.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      cmd(t.redo, 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      { type: 'separator' },
      shown(t.deleteItems, 'edit.delete', 'Delete'),
      shown(t.duplicate, 'edit.duplicate', 'CmdOrCtrl+D'),
      cmd(t.selectAllBooths, 'edit.selectAll'),
    ],
  });
  template.push({
    label: t.view,
    submenu: [
      cmd(t.zoomIn, 'view.zoomIn', 'CmdOrCtrl+='),
      cmd(t.zoomOut, 'view.zoomOut', 'CmdOrCtrl+-'),
      cmd(t.zoomToFit, 'view.zoomToFit', 'CmdOrCtrl+0'),
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
  template.push({
    label: t.tools,
    submenu: [
      shown(t.toolSelect, 'tool.select', 'V'),
      shown(t.toolPan, 'tool.pan', 'H'),
      shown(t.toolHall, 'tool.hall', 'L'),
      shown(t.toolBooth, 'tool.booth', 'B'),
      shown(t.toolPolygonBooth, 'tool.polygonBooth', 'P'),
      shown(t.toolBlock, 'tool.block', 'K'),
      shown(t.toolFacility, 'tool.facility', 'F'),
      { type: 'separator' },
      cmd(t.checkLayout, 'layout.check', 'CmdOrCtrl+Shift+L'),
    ],
  });
  template.push({ role: 'help', label: t.help, submenu: [shown(t.shortcuts, 'help.shortcuts', 'F1'), { type: 'separator' }, cmd(t.about, 'help.about')] });
  return template;
}

/** The menu's language: the user's choice, else the system's (Chinese for any `zh*`). */
export function menuLanguage(setting: Language | null, systemLocale: string): Language {
  if (setting) return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
