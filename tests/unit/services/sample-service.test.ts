import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { SAMPLE_COPY, SAMPLE_RESOURCE, SampleService } from '../../../electron/services/sample-service';
import { createProject } from '../../../shared/model/create';
import { addHallOp, names, tempDir } from './helpers';

const REPO_SAMPLE = join(process.cwd(), 'resources', SAMPLE_RESOURCE);

/** A resources folder with a sample of our own (the bundled one is written by another team). */
async function fixture(content?: string) {
  const base = await tempDir();
  const resourcesDir = join(base, 'resources');
  const documentsDir = join(base, 'Documents');
  await mkdir(join(resourcesDir, 'samples'), { recursive: true });
  const sample = content ?? `${JSON.stringify(createProject({ name: { zh: '示例', en: 'Sample' } }), null, 2)}\n`;
  await writeFile(join(resourcesDir, SAMPLE_RESOURCE), sample);
  const projects = new ProjectService();
  return { resourcesDir, documentsDir, projects, samples: new SampleService({ resourcesDir, documentsDir, projects }), sample };
}

describe('SampleService', () => {
  it('copies the sample into Documents/Pavilion the first time and opens the copy', async () => {
    const f = await fixture();
    const r = await f.samples.openSample();
    expect(r.ok).toBe(true);
    const copy = join(f.documentsDir, SAMPLE_COPY);
    expect(copy.endsWith(join('Pavilion', 'China-ASEAN Expo sample.pavilion.json'))).toBe(true);
    if (r.ok) {
      expect(r.value.path).toBe(copy);
      expect(r.value.project.settings.name.en).toBe('Sample');
    }
    expect(await readFile(copy, 'utf8')).toBe(f.sample);
    expect(await names(join(f.documentsDir, 'Pavilion'))).toEqual(['.China-ASEAN Expo sample.pavilion.json.lock-info', 'China-ASEAN Expo sample.pavilion.json']);
  });

  it('reopens the existing copy with its edits; the bundled original stays clean', async () => {
    const f = await fixture();
    const first = await f.samples.openSample();
    if (!first.ok) throw new Error('open failed');
    expect((await f.projects.commitOperations({ handle: first.value.handle, baseRevision: 0, ops: [addHallOp(first.value.project, 'h_1')] })).ok).toBe(true);
    await f.projects.closeProject({ handle: first.value.handle });
    const second = await f.samples.openSample();
    expect(second.ok && second.value.project.revision).toBe(1);
    expect(second.ok && Object.keys(second.value.project.halls)).toEqual(['h_1']);
    expect(await readFile(join(f.resourcesDir, SAMPLE_RESOURCE), 'utf8')).toBe(f.sample);
  });

  it('reports a missing bundled sample without creating anything', async () => {
    const base = await tempDir();
    const projects = new ProjectService();
    const samples = new SampleService({ resourcesDir: join(base, 'none'), documentsDir: join(base, 'Documents'), projects });
    expect(await samples.openSample()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(join(base, 'Documents'))).toBe(false);
  });

  it('reports a damaged bundled sample and leaves no broken copy', async () => {
    const f = await fixture('{ nope');
    expect(await f.samples.openSample()).toMatchObject({ ok: false, error: { code: 'open.not-json' } });
    expect(existsSync(join(f.documentsDir, SAMPLE_COPY))).toBe(false);
  });

  it.runIf(existsSync(REPO_SAMPLE))('opens the sample shipped in resources/samples', async () => {
    const base = await tempDir();
    const projects = new ProjectService();
    const samples = new SampleService({ resourcesDir: join(process.cwd(), 'resources'), documentsDir: join(base, 'Documents'), projects });
    const r = await samples.openSample();
    expect(r.ok ? null : r.error).toBeNull();
  });
});

describe('the bundled sample', () => {
  it('is copied with its site drawing beside it, and opens with that drawing under the site', async () => {
    const base = await tempDir();
    const projects = new ProjectService();
    const documentsDir = join(base, 'Documents');
    const samples = new SampleService({ resourcesDir: join(process.cwd(), 'resources'), documentsDir, projects });
    const r = await samples.openSample();
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const drawing = r.value.project.settings.site.drawing;
    expect(drawing).not.toBeNull();
    const asset = r.value.project.assets[drawing!.assetId]!;
    const copied = join(documentsDir, 'Pavilion', 'China-ASEAN Expo sample.assets', asset.fileName);
    expect(await readFile(copied)).toEqual(await readFile(join(process.cwd(), 'resources', 'samples', 'expo-sample.assets', asset.fileName)));
    await projects.flush();
    // The sweep on open leaves it: the show names it.
    expect(existsSync(copied)).toBe(true);
    await projects.close();
  });
});
