/**
 * Every user command of the app, declared once: id, words in both languages, shortcuts, where
 * it sits in the desktop menu and on which right-click targets of the plan it is offered.
 * The renderer's registry adds behaviour (`enabled`, `run`) to these; the toolbar, context
 * menu, shortcut help, keyboard and the Electron menu (main process) all read this list, so
 * nothing can be listed in one place and missing in another.
 */

export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
}

export type MenuSection = 'file' | 'edit' | 'arrange' | 'view' | 'tools' | 'help';

/** What the user right-clicked on the plan. */
export type ContextTarget = 'booth' | 'selection' | 'facility' | 'hall' | 'floor';

export interface CommandSpec {
  id: string;
  label: { en: string; 'zh-CN': string };
  /** Words for the desktop menu when they differ (title case, "…" before a dialog). */
  menuLabel?: { en: string; 'zh-CN': string };
  shortcuts: readonly Shortcut[];
  menu?: MenuSection;
  /** Separator before this entry in its menu. */
  menuBreak?: boolean;
  context?: readonly ContextTarget[];
  /** Works with no project open. */
  global?: boolean;
  /** Still applies while typing in a field (Ctrl+S yes; Ctrl+Z no: the field undoes itself). */
  inTextFields?: boolean;
  /**
   * A key of the plan (Escape, Delete, the arrows): the plan's input router runs it, after a
   * gesture in progress has had its say (Escape drops a drag before it clears the selection),
   * not the app's shortcut listener.
   */
  plan?: boolean;
}

const l = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const SEL: readonly ContextTarget[] = ['booth', 'selection', 'facility'];
const MULTI: readonly ContextTarget[] = ['selection'];

export const COMMAND_CATALOG = [
  { id: 'file.new', label: l('New project', '新建项目'), menuLabel: l('New…', '新建…'), shortcuts: [{ key: 'n', mod: true }], menu: 'file', global: true, inTextFields: true },
  { id: 'file.open', label: l('Open project', '打开项目'), menuLabel: l('Open…', '打开…'), shortcuts: [{ key: 'o', mod: true }], menu: 'file', global: true, inTextFields: true },
  { id: 'file.openSample', label: l('Open sample', '打开示例'), menuLabel: l('Open Sample Show', '打开示例展会'), shortcuts: [], menu: 'file', global: true, inTextFields: true },
  { id: 'file.save', label: l('Save', '保存'), shortcuts: [{ key: 's', mod: true }], menu: 'file', menuBreak: true, inTextFields: true },
  { id: 'file.newEdition', label: l('New edition from this show', '以本届为基础新建下一届'), menuLabel: l('New Edition from This Show…', '以本届新建下一届…'), shortcuts: [], menu: 'file' },
  { id: 'file.saveAs', label: l('Save as', '另存为'), menuLabel: l('Save As…', '另存为…'), shortcuts: [{ key: 's', mod: true, shift: true }], menu: 'file', inTextFields: true },
  { id: 'file.shareHere', label: l('Share on this computer…', '在本机共享…'), menuLabel: l('Share on This Computer…', '在本机共享…'), shortcuts: [], menu: 'file' },
  { id: 'file.sharingPeople', label: l('People and invites…', '人员与邀请…'), menuLabel: l('People and Invites…', '人员与邀请…'), shortcuts: [], menu: 'file' },
  { id: 'file.saveCopy', label: l('Save a copy…', '保存副本…'), menuLabel: l('Save a Copy…', '保存副本…'), shortcuts: [], menu: 'file', inTextFields: true },
  { id: 'file.print', label: l('Print', '打印'), menuLabel: l('Print / Export…', '打印 / 导出…'), shortcuts: [{ key: 'p', mod: true }], menu: 'file', menuBreak: true, inTextFields: true },
  { id: 'file.publishMap', label: l('Publish map', '发布地图'), menuLabel: l('Publish Map', '发布地图'), shortcuts: [], menu: 'file', inTextFields: true },

  { id: 'edit.undo', label: l('Undo', '撤销'), shortcuts: [{ key: 'z', mod: true }], menu: 'edit' },
  { id: 'edit.redo', label: l('Redo', '重做'), shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }], menu: 'edit' },
  { id: 'edit.copy', label: l('Copy', '复制'), shortcuts: [{ key: 'c', mod: true }], menu: 'edit', menuBreak: true, context: SEL },
  { id: 'edit.paste', label: l('Paste', '粘贴'), shortcuts: [{ key: 'v', mod: true }], menu: 'edit', context: ['hall', 'floor'] },
  { id: 'edit.duplicate', label: l('Duplicate', '创建副本'), shortcuts: [{ key: 'd', mod: true }], menu: 'edit', context: SEL },
  { id: 'edit.delete', label: l('Delete', '删除'), menuLabel: l('Delete Selection', '删除所选'), shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }], menu: 'edit', context: SEL, plan: true },
  { id: 'edit.selectAll', label: l('Select all booths in hall', '全选本展馆展位'), menuLabel: l('Select All Booths in Hall', '全选本展馆展位'), shortcuts: [{ key: 'a', mod: true }], menu: 'edit', context: ['hall', 'booth', 'selection'] },
  { id: 'edit.expiredHolds', label: l('Expired holds', '过期预留'), menuLabel: l('Expired Holds…', '过期预留…'), shortcuts: [], menu: 'edit', menuBreak: true },
  { id: 'edit.clearSelection', label: l('Clear selection', '取消选择'), shortcuts: [{ key: 'Escape' }], menu: 'edit', plan: true },
  { id: 'edit.renumber', label: l('Renumber', '重新编号'), menuLabel: l('Renumber…', '重新编号…'), shortcuts: [], menu: 'edit', context: MULTI },
  { id: 'hall.delete', label: l('Delete hall', '删除展馆'), menuLabel: l('Delete Hall…', '删除展馆…'), shortcuts: [], menu: 'edit', menuBreak: true, context: ['hall'] },

  { id: 'edit.rotate', label: l('Rotate 90°', '旋转 90°'), shortcuts: [{ key: 'r' }], menu: 'arrange', context: SEL },
  { id: 'edit.merge', label: l('Merge booths', '合并展位'), shortcuts: [{ key: 'm' }], menu: 'arrange', context: MULTI },
  { id: 'edit.split', label: l('Split booth in two', '将展位一分为二'), shortcuts: [{ key: 'm', shift: true }], menu: 'arrange', context: ['booth'] },
  { id: 'edit.alignLeft', label: l('Align left', '左对齐'), shortcuts: [], menu: 'arrange', menuBreak: true, context: MULTI },
  { id: 'edit.alignCentre', label: l('Align centres', '水平居中对齐'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.alignRight', label: l('Align right', '右对齐'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.alignTop', label: l('Align top', '顶端对齐'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.alignMiddle', label: l('Align middles', '垂直居中对齐'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.alignBottom', label: l('Align bottom', '底端对齐'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.distributeH', label: l('Distribute horizontally', '水平等距分布'), shortcuts: [], menu: 'arrange', menuBreak: true, context: MULTI },
  { id: 'edit.distributeV', label: l('Distribute vertically', '垂直等距分布'), shortcuts: [], menu: 'arrange', context: MULTI },
  { id: 'edit.nudgeLeft', label: l('Nudge left', '左移'), shortcuts: [{ key: 'ArrowLeft' }], menu: 'arrange', menuBreak: true, plan: true },
  { id: 'edit.nudgeRight', label: l('Nudge right', '右移'), shortcuts: [{ key: 'ArrowRight' }], menu: 'arrange', plan: true },
  { id: 'edit.nudgeUp', label: l('Nudge up', '上移'), shortcuts: [{ key: 'ArrowUp' }], menu: 'arrange', plan: true },
  { id: 'edit.nudgeDown', label: l('Nudge down', '下移'), shortcuts: [{ key: 'ArrowDown' }], menu: 'arrange', plan: true },

  { id: 'view.zoomIn', label: l('Zoom in', '放大'), menuLabel: l('Zoom In', '放大'), shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true }, { key: '+' }, { key: '=' }], menu: 'view' },
  { id: 'view.zoomOut', label: l('Zoom out', '缩小'), menuLabel: l('Zoom Out', '缩小'), shortcuts: [{ key: '-', mod: true }, { key: '-' }], menu: 'view' },
  { id: 'view.zoomToFit', label: l('Zoom to fit', '缩放至全图'), menuLabel: l('Zoom to Fit', '缩放至全图'), shortcuts: [{ key: '0', mod: true }], menu: 'view', context: ['hall', 'floor'] },
  { id: 'view.plan', label: l('Plan', '平面图'), menuLabel: l('Plan View', '平面图视图'), shortcuts: [{ key: '1', mod: true }], menu: 'view', menuBreak: true, inTextFields: true },
  { id: 'view.exhibitors', label: l('Exhibitors', '展商'), menuLabel: l('Exhibitors View', '展商视图'), shortcuts: [{ key: '2', mod: true }], menu: 'view', inTextFields: true },
  { id: 'view.history', label: l('History', '历史记录'), menuLabel: l('History View', '历史记录视图'), shortcuts: [{ key: '4', mod: true }], menu: 'view', inTextFields: true },
  { id: 'view.dashboard', label: l('Dashboard', '销售概况'), menuLabel: l('Dashboard View', '销售概况视图'), shortcuts: [{ key: '3', mod: true }], menu: 'view', inTextFields: true },

  { id: 'tool.select', label: l('Select', '选择'), shortcuts: [{ key: 'v' }], menu: 'tools' },
  { id: 'tool.pan', label: l('Pan', '平移'), shortcuts: [{ key: 'h' }], menu: 'tools' },
  { id: 'tool.hall', label: l('Hall', '展厅'), shortcuts: [{ key: 'l' }], menu: 'tools' },
  { id: 'tool.booth', label: l('Booth', '展位'), shortcuts: [{ key: 'b' }], menu: 'tools' },
  { id: 'tool.polygonBooth', label: l('Polygon booth', '多边形展位'), shortcuts: [{ key: 'p' }], menu: 'tools' },
  { id: 'tool.block', label: l('Booth block', '展位块'), menuLabel: l('Booth Block…', '展位块…'), shortcuts: [{ key: 'k' }], menu: 'tools' },
  { id: 'tool.facility', label: l('Facility', '设施'), shortcuts: [{ key: 'f' }], menu: 'tools' },
  { id: 'tool.background', label: l('Background', '底图'), menuLabel: l('Background Drawing…', '底图…'), shortcuts: [], menu: 'tools' },
  { id: 'tool.convertDrawing', label: l('Convert drawing', '转换图纸'), menuLabel: l('Convert Drawing…', '转换图纸…'), shortcuts: [], menu: 'tools' },
  { id: 'tool.alignDrawing', label: l('Align drawing', '对齐图纸'), menuLabel: l('Align Drawing by Two Points', '两点对齐图纸'), shortcuts: [], menu: 'tools' },
  { id: 'layout.check', label: l('Check layout', '检查布局'), menuLabel: l('Check Layout', '检查布局'), shortcuts: [{ key: 'l', mod: true, shift: true }], menu: 'tools', menuBreak: true },
  { id: 'allocation.propose', label: l('Propose allocation', '生成分配方案'), menuLabel: l('Propose Allocation', '生成分配方案'), shortcuts: [], menu: 'tools', menuBreak: true },
  { id: 'allocation.optimise', label: l('Optimise allocation', '优化分配方案'), menuLabel: l('Optimise Allocation', '优化分配方案'), shortcuts: [], menu: 'tools' },
  { id: 'allocation.spaceDraw', label: l('Space draw', '选位抽签'), menuLabel: l('Space Draw…', '选位抽签…'), shortcuts: [], menu: 'tools' },
  { id: 'allocation.acceptAll', label: l('Accept the whole proposal', '接受全部方案'), menuLabel: l('Accept Whole Proposal', '接受全部方案'), shortcuts: [], menu: 'tools' },
  { id: 'allocation.reject', label: l('Reject the proposal', '放弃分配方案'), menuLabel: l('Reject Proposal', '放弃分配方案'), shortcuts: [], menu: 'tools' },

  { id: 'help.shortcuts', label: l('Keyboard shortcuts', '键盘快捷键'), menuLabel: l('Keyboard Shortcuts', '键盘快捷键'), shortcuts: [{ key: '?' }, { key: 'F1' }], menu: 'help', global: true },
  { id: 'help.userName', label: l('Your name', '您的姓名'), menuLabel: l('Your Name…', '您的姓名…'), shortcuts: [], menu: 'help', global: true, inTextFields: true },
  { id: 'help.about', label: l('About Pavilion', '关于 Pavilion'), shortcuts: [], menu: 'help', menuBreak: true, global: true, inTextFields: true },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_CATALOG)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMAND_CATALOG.map((c) => c.id);

export function commandSpec(id: CommandId): CommandSpec {
  const c = COMMAND_CATALOG.find((x) => x.id === id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/** A shortcut as people read it: "Ctrl+Shift+S", "Delete", "M". */
export function shortcutText(s: Shortcut, mac = false): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  return `${s.mod ? (mac ? '⌘' : 'Ctrl+') : ''}${s.shift ? 'Shift+' : ''}${key}`;
}

/** The shortcut as an Electron accelerator ("CmdOrCtrl+Shift+S"). */
export function acceleratorOf(s: Shortcut): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key === 'ArrowLeft' ? 'Left' : s.key === 'ArrowRight' ? 'Right' : s.key === 'ArrowUp' ? 'Up' : s.key === 'ArrowDown' ? 'Down' : s.key === 'Escape' ? 'Esc' : s.key;
  return `${s.mod ? 'CmdOrCtrl+' : ''}${s.shift ? 'Shift+' : ''}${key === '?' ? 'Shift+/' : key}`;
}
