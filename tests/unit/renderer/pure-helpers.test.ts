import { describe, expect, it } from 'vitest';
import { breadcrumbs, isPlainFileName, joinPath, withProjectExtension } from '../../../renderer/panels/dialogs/paths';
import { commandForKey, matchesShortcut } from '../../../renderer/editor/commands/registry';
import { boothPrice, boothSize } from '../../../renderer/editor/booth-facts';
import { pickText } from '../../../renderer/editor/text';
import { polygonBooth, rectBooth } from './fixtures';

describe('file chooser paths', () => {
  it('joins with the separator of the folder', () => {
    expect(joinPath('/home/ana', 'a.pavilion.json')).toBe('/home/ana/a.pavilion.json');
    expect(joinPath('/', 'a.pavilion.json')).toBe('/a.pavilion.json');
    expect(joinPath('C:\\Shows', 'a.pavilion.json')).toBe('C:\\Shows\\a.pavilion.json');
    expect(joinPath('C:\\', 'a.pavilion.json')).toBe('C:\\a.pavilion.json');
  });

  it('breadcrumbs lead from the root to the folder', () => {
    expect(breadcrumbs('/home/ana/shows')).toEqual([
      { label: '/', path: '/' },
      { label: 'home', path: '/home' },
      { label: 'ana', path: '/home/ana' },
      { label: 'shows', path: '/home/ana/shows' },
    ]);
    expect(breadcrumbs('/')).toEqual([{ label: '/', path: '/' }]);
    expect(breadcrumbs('C:\\Users\\ana')).toEqual([
      { label: 'C:', path: 'C:\\' },
      { label: 'Users', path: 'C:\\Users' },
      { label: 'ana', path: 'C:\\Users\\ana' },
    ]);
  });

  it('adds the project extension once and refuses folder parts in a name', () => {
    expect(withProjectExtension('expo 2027')).toBe('expo 2027.pavilion.json');
    expect(withProjectExtension('expo.pavilion.json')).toBe('expo.pavilion.json');
    expect(withProjectExtension('expo.json')).toBe('expo.pavilion.json');
    expect(isPlainFileName('a/b')).toBe(false);
    expect(isPlainFileName('..')).toBe(false);
    expect(isPlainFileName('  ')).toBe(false);
    expect(isPlainFileName('东盟博览会')).toBe(true);
  });
});

describe('shortcuts', () => {
  const ev = (key: string, mods: { ctrl?: boolean; shift?: boolean; meta?: boolean; alt?: boolean } = {}) => ({
    key,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
  });
  it('matches Ctrl or Cmd, and shift exactly for letters', () => {
    expect(matchesShortcut(ev('z', { ctrl: true }), { key: 'z', mod: true })).toBe(true);
    expect(matchesShortcut(ev('Z', { meta: true, shift: true }), { key: 'z', mod: true })).toBe(false);
    expect(matchesShortcut(ev('Z', { meta: true, shift: true }), { key: 'z', mod: true, shift: true })).toBe(true);
    expect(matchesShortcut(ev('z'), { key: 'z', mod: true })).toBe(false);
    expect(matchesShortcut(ev('+', { shift: true }), { key: '+' })).toBe(true);
    expect(matchesShortcut(ev('s', { ctrl: true, alt: true }), { key: 's', mod: true })).toBe(false);
    expect(matchesShortcut(ev('Escape'), { key: 'Escape' })).toBe(true);
  });

  it('the plan\'s keys (Escape, Delete, arrows) belong to the plan input router, the rest to the app listener', () => {
    for (const key of ['Escape', 'Delete', 'Backspace', 'ArrowLeft', 'ArrowDown']) {
      expect(commandForKey(ev(key), false, 'app')).toBeNull();
      expect(commandForKey(ev(key), false, 'plan')).not.toBeNull();
    }
    expect(commandForKey(ev('Escape'), false, 'plan')?.id).toBe('edit.clearSelection');
    expect(commandForKey(ev('z', { ctrl: true }), false, 'app')?.id).toBe('edit.undo');
    expect(commandForKey(ev('z', { ctrl: true }), false, 'plan')).toBeNull();
  });
});

describe('booth facts', () => {
  const card = { perSqm: { standard: 1800, raw: 1500, custom: 1500 }, premiums: { corner: 0.1, peninsula: 0.15, island: 0.2 } };
  it('prices from the rate card with the type premium, or the override', () => {
    const inline = rectBooth('x', 'a', 0, 0, 3, 3);
    expect(boothPrice(inline, card).amount).toBe(16200);
    expect(boothPrice({ ...inline, type: 'corner' }, card).amount).toBeCloseTo(17820, 6);
    expect(boothPrice({ ...inline, kind: 'raw', type: 'island', shape: { type: 'rect', x: 0, y: 0, w: 6, h: 6, rotation: 0 } }, card).amount).toBeCloseTo(64800, 6);
    expect(boothPrice({ ...inline, priceOverride: 9999 }, card)).toEqual({ amount: 9999, source: 'override' });
    expect(boothPrice(inline, card).source).toBe('rate-card');
  });
  it('size of a polygon booth is its bounding box', () => {
    expect(boothSize(polygonBooth('p', 'a', [[0, 0], [6, 0], [6, 2], [0, 4]]))).toEqual({ w: 6, h: 4 });
  });
  it('bilingual text falls back to the other language', () => {
    expect(pickText({ zh: '', en: 'Hall' }, 'zh-CN')).toBe('Hall');
    expect(pickText({ zh: '馆', en: 'Hall' }, 'zh-CN')).toBe('馆');
    expect(pickText(null, 'en')).toBe('');
  });
});
