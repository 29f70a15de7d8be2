import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, withDialogs } from '../../../electron/services/pavilion-services';
import { createDispatcher, UnknownMethodError } from '../../../electron/services/dispatch';
import { API_METHODS } from '../../../shared/ipc/contract';
import { InvalidPayloadError } from '../../../shared/ipc/schemas';
import { tempDir } from './helpers';

async function services() {
  const base = await tempDir();
  const svc = await createServices({
    dataDir: join(base, 'data'),
    documentsDir: join(base, 'Documents'),
    resourcesDir: join(base, 'resources'),
    mode: 'browser',
    appVersion: '1.2.3',
    systemLocale: 'zh-CN',
    defaultUserName: 'tester',
    warn: () => undefined,
  });
  return { base, svc };
}

describe('createServices', () => {
  it('answers app info and settings', async () => {
    const { svc } = await services();
    expect(await svc.getAppInfo()).toEqual({ name: 'Pavilion', version: '1.2.3', mode: 'browser', platform: process.platform, systemLocale: 'zh-CN' });
    expect(await svc.getSettings()).toMatchObject({ language: null, userName: 'tester' });
    expect(await svc.updateSettings({ language: 'en' })).toMatchObject({ language: 'en' });
  });

  it('records opened shows in recent files and as the last project', async () => {
    const { base, svc } = await services();
    const path = join(base, 'a.pavilion.json');
    const r = await svc.createProject({ path, name: { zh: '甲', en: 'A' } });
    expect(r.ok).toBe(true);
    expect(await svc.getSettings()).toMatchObject({ recentFiles: [path], lastProject: path });
    expect(await svc.chooserStartDir()).toBe(base);
  });

  it('makes a startup project the last project (absolute)', async () => {
    const { base, svc } = await services();
    await svc.setStartupProject(join(base, 'x', '..', 'start.pavilion.json'));
    expect(await svc.getSettings()).toMatchObject({ lastProject: join(base, 'start.pavilion.json'), recentFiles: [join(base, 'start.pavilion.json')] });
    // The folder of that show exists, so choosers start there.
    expect(await svc.chooserStartDir()).toBe(base);
  });

  it('starts choosers in the documents folder when nothing recent exists', async () => {
    const { svc } = await services();
    expect(await svc.chooserStartDir()).toBe(svc.documentsDir);
  });
});

describe('createDispatcher', () => {
  it('parses payloads before the service sees them and refuses unknown methods', async () => {
    const { svc } = await services();
    const api = withDialogs(svc, {
      chooseProjectToOpen: async () => ({ kind: 'cancel' }),
      chooseProjectSaveLocation: async () => ({ kind: 'cancel' }),
    });
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    const dispatch = createDispatcher(api);
    await expect(dispatch('getAppInfo', undefined)).resolves.toMatchObject({ mode: 'browser' });
    await expect(dispatch('getAppInfo', { extra: 1 })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(dispatch('openProject', { path: '' })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(dispatch('updateSettings', { language: 'fr' })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(dispatch('toString', undefined)).rejects.toBeInstanceOf(UnknownMethodError);
    await expect(dispatch('__proto__', undefined)).rejects.toBeInstanceOf(UnknownMethodError);
    await expect(dispatch('updateSettings', { language: 'zh-CN' })).resolves.toMatchObject({ language: 'zh-CN' });
  });
});
