import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs, systemLocaleFromEnv, UsageError } from '../../../electron/web-host/cli';
import { findElectronBinary } from '../../../electron/web-host/electron-binary';
import { tempDir } from '../services/helpers';

describe('parseServeArgs', () => {
  it('defaults: random port, ~/.config/Pavilion, ~/Documents, no build, no project', () => {
    expect(parseServeArgs([], {}, '/repo')).toEqual({
      port: 0,
      project: null,
      dataDir: join(homedir(), '.config', 'Pavilion'),
      documentsDir: join(homedir(), 'Documents'),
      build: false,
    });
    expect(parseServeArgs([], { XDG_CONFIG_HOME: '/xdg' }, '/repo').dataDir).toBe('/xdg/Pavilion');
  });

  it('resolves relative paths from where npm was run (INIT_CWD)', () => {
    const a = parseServeArgs(['--port', '8080', '--project', 'shows/a.pavilion.json', '--data-dir', 'd', '--documents-dir', '/abs/docs', '--build'], { INIT_CWD: '/home/u/work' }, '/repo');
    expect(a).toEqual({ port: 8080, project: '/home/u/work/shows/a.pavilion.json', dataDir: '/home/u/work/d', documentsDir: '/abs/docs', build: true });
    expect(parseServeArgs(['--project', 'a.pavilion.json'], {}, '/repo').project).toBe('/repo/a.pavilion.json');
  });

  it('refuses bad ports and unknown options with usage', () => {
    expect(() => parseServeArgs(['--port', 'abc'], {}, '/r')).toThrow(UsageError);
    expect(() => parseServeArgs(['--port', '70000'], {}, '/r')).toThrow(UsageError);
    expect(() => parseServeArgs(['--nope'], {}, '/r')).toThrow(/usage: npm run serve/);
  });
});

describe('systemLocaleFromEnv', () => {
  it('reads LC_ALL, LC_MESSAGES, LANG in that order and skips C/POSIX', () => {
    expect(systemLocaleFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(systemLocaleFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-GB');
    expect(systemLocaleFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'th_TH' })).toBe('th-TH');
    expect(systemLocaleFromEnv({ LANG: 'vi_VN.UTF-8@euro' })).toBe('vi-VN');
    expect(systemLocaleFromEnv({ LANG: 'C' })).toBe(Intl.DateTimeFormat().resolvedOptions().locale);
  });
});

describe('findElectronBinary', () => {
  it('is null when the binary was never downloaded', async () => {
    const pkg = await tempDir();
    expect(findElectronBinary(pkg, {})).toBeNull();
    await writeFile(join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(pkg, {})).toBeNull();
  });

  it('finds dist/<path.txt> when it exists, and honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const pkg = await tempDir();
    await writeFile(join(pkg, 'path.txt'), 'electron');
    await mkdir(join(pkg, 'dist'));
    await writeFile(join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
    await chmod(join(pkg, 'dist', 'electron'), 0o755);
    expect(findElectronBinary(pkg, {})).toBe(join(pkg, 'dist', 'electron'));
    const other = await tempDir();
    expect(findElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBeNull();
    await writeFile(join(other, 'electron'), '');
    expect(findElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(join(other, 'electron'));
  });
});
