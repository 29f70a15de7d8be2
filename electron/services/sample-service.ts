import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OpenedProject, Result } from '../../shared/ipc/contract';
import { loadProjectText } from '../../shared/model/load';
import { readTextCapped, writeFileDurably } from './durable-file';
import { errnoCode, fail, fsApiError } from './errors';
import type { ProjectService } from './project-service';
import { assetsDirFor } from './assets';

/** The bundled sample, relative to the resources folder. */
export const SAMPLE_RESOURCE = join('samples', 'expo-sample.pavilion.json');
/** Where the user's own copy goes, relative to the documents folder. */
export const SAMPLE_COPY = join('Pavilion', 'China-ASEAN Expo sample.pavilion.json');

export interface SampleServiceOptions {
  /** Folder holding `samples/` (Electron: `process.resourcesPath`; otherwise the repo's `resources/`). */
  resourcesDir: string;
  documentsDir: string;
  projects: ProjectService;
}

/**
 * Opens the sample show. The bundled file is never opened itself (it may sit in a read-only
 * install folder, and edits would be lost on update): the first time, it is copied into the
 * user's documents, with the drawings it names (its site's master plan), and that copy is
 * opened from then on, edits and all.
 */
export class SampleService {
  readonly samplePath: string;
  readonly copyPath: string;

  constructor(private readonly opts: SampleServiceOptions) {
    this.samplePath = join(opts.resourcesDir, SAMPLE_RESOURCE);
    this.copyPath = join(opts.documentsDir, SAMPLE_COPY);
  }

  async openSample(): Promise<Result<OpenedProject>> {
    if (!(await stat(this.copyPath).then(() => true, () => false))) {
      const copied = await this.copy();
      if (!copied.ok) return copied;
    }
    return this.opts.projects.openProject({ path: this.copyPath });
  }

  private async copy(): Promise<Result<null>> {
    let text: string;
    try {
      text = await readTextCapped(this.samplePath);
    } catch (e) {
      return { ok: false, error: fsApiError(e, this.samplePath) };
    }
    // A damaged bundled sample is reported as such, without leaving a broken copy behind.
    const loaded = loadProjectText(text);
    if (!loaded.ok) {
      const { code, version, problems } = loaded.error;
      return fail(`open.${code}`, { path: this.samplePath, ...(version !== undefined ? { version } : {}), ...(problems ? { details: problems } : {}) });
    }
    try {
      await mkdir(dirname(this.copyPath), { recursive: true });
      // Drawings first: a copy of the show is only made once what it names is beside it.
      const assets = Object.values(loaded.project.assets);
      if (assets.length > 0) await mkdir(assetsDirFor(this.copyPath), { recursive: true });
      for (const a of assets) await copyFile(join(assetsDirFor(this.samplePath), a.fileName), join(assetsDirFor(this.copyPath), a.fileName));
      await writeFileDurably(this.copyPath, text, { exclusive: true });
    } catch (e) {
      // Another window made the copy a moment ago: open that one.
      if (errnoCode(e) !== 'EEXIST') return { ok: false, error: fsApiError(e, this.copyPath) };
    }
    return { ok: true, value: null };
  }
}
