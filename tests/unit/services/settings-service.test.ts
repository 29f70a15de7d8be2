import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, osUserName, SettingsService } from '../../../electron/services/settings-service';
import { names, tempDir } from './helpers';

const quiet = () => undefined;

describe('SettingsService', () => {
  it('starts with defaults: no language yet, the given user name, nothing recent', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: '李明', warn: quiet });
    expect(s.get()).toEqual({ language: null, userName: '李明', userNameConfirmed: false, recentFiles: [], lastProject: null, window: null });
    // Nothing is written until something changes.
    expect(await names(dir)).toEqual([]);
  });

  it('defaults the user name to the OS user', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, warn: quiet });
    let expected = '';
    try {
      expected = userInfo().username;
    } catch {
      expected = process.env.USER ?? process.env.USERNAME ?? '';
    }
    expect(s.get().userName).toBe(expected);
    expect(osUserName()).toBe(expected);
  });

  it('creates a missing data folder and persists changes across instances', async () => {
    const dir = join(await tempDir(), 'nested', 'Pavilion');
    const a = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    await a.update({ language: 'zh-CN', userName: '  Wang Fang ', window: { x: 10, y: 20, width: 1200, height: 800, maximized: true } });
    await a.noteProject('/shows/a.pavilion.json');
    const b = await SettingsService.open({ dataDir: dir, defaultUserName: 'other', warn: quiet });
    expect(b.get()).toEqual({
      language: 'zh-CN',
      userName: 'Wang Fang',
      userNameConfirmed: true,
      recentFiles: ['/shows/a.pavilion.json'],
      lastProject: '/shows/a.pavilion.json',
      window: { x: 10, y: 20, width: 1200, height: 800, maximized: true },
    });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).language).toBe('zh-CN');
  });

  it('an empty name keeps the one there was, and any answer counts as given', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'root', warn: quiet });
    expect(s.get().userNameConfirmed).toBe(false);
    await s.update({ userName: '   ' });
    expect(s.get()).toMatchObject({ userName: 'root', userNameConfirmed: true });
  });

  it('keeps recent files most recent first, without duplicates, at most 10', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    for (let i = 0; i < 12; i++) await s.noteProject(`/f/${i}.pavilion.json`);
    await s.noteProject('/f/5.pavilion.json');
    const recent = s.get().recentFiles;
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toBe('/f/5.pavilion.json');
    expect(recent[1]).toBe('/f/11.pavilion.json');
    expect(recent.filter((f) => f === '/f/5.pavilion.json')).toHaveLength(1);
    expect(recent).not.toContain('/f/0.pavilion.json');
    expect(s.get().lastProject).toBe('/f/5.pavilion.json');
  });

  it('keeps every one of several quick changes', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    await Promise.all([s.update({ language: 'en' }), s.update({ userName: 'Ana' }), s.noteProject('/a.pavilion.json'), s.noteProject('/b.pavilion.json')]);
    const again = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    expect(again.get()).toMatchObject({ language: 'en', userName: 'Ana', recentFiles: ['/b.pavilion.json', '/a.pavilion.json'] });
  });

  it('moves a file that is not JSON aside and starts with defaults', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"language": "en", ');
    const warnings: string[] = [];
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', now: () => new Date('2026-03-01T08:09:10.123Z'), warn: (m) => warnings.push(m) });
    expect(s.get()).toEqual({ language: null, userName: 'x', userNameConfirmed: false, recentFiles: [], lastProject: null, window: null });
    expect(await names(dir)).toEqual(['settings.json.corrupt-2026-03-01T08-09-10-123Z']);
    expect(await readFile(join(dir, 'settings.json.corrupt-2026-03-01T08-09-10-123Z'), 'utf8')).toBe('{"language": "en", ');
    expect(warnings.join()).toMatch(/moved it to/);
    await s.update({ language: 'en' });
    expect(await names(dir)).toEqual(['settings.json', 'settings.json.corrupt-2026-03-01T08-09-10-123Z']);
  });

  it('treats JSON of the wrong shape as corrupt too', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'fr', recentFiles: 'nope' }));
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    expect(s.get().language).toBeNull();
    expect((await names(dir)).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('treats an empty file as corrupt', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '');
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    expect(s.get().recentFiles).toEqual([]);
    expect((await names(dir)).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('loads a file with fewer fields (older version) and fills in the rest', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'en', recentFiles: ['/a.pavilion.json'] }));
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    expect(s.get()).toEqual({ language: 'en', userName: 'x', userNameConfirmed: false, recentFiles: ['/a.pavilion.json'], lastProject: null, window: null });
    expect(await names(dir)).toEqual(['settings.json']);
  });

  it('hands out copies, so callers cannot change settings behind its back', async () => {
    const dir = await tempDir();
    const s = await SettingsService.open({ dataDir: dir, defaultUserName: 'x', warn: quiet });
    s.get().recentFiles.push('/sneaky');
    expect(s.get().recentFiles).toEqual([]);
  });
});
