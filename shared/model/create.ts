import type { Bilingual } from './primitives';
import { newId } from './ids';
import { PROJECT_FORMAT, SCHEMA_VERSION, type Project } from './project';
import { ProjectSettings } from './entities';

export interface NewProjectOptions {
  name: Bilingual;
  venue?: Bilingual;
  start?: string | null;
  end?: string | null;
  currency?: string;
}

/** An empty show: settings filled with defaults, no halls yet. */
export function createProject(opts: NewProjectOptions): Project {
  const settings = ProjectSettings.parse({
    id: newId('prj'),
    name: opts.name,
    venue: opts.venue ?? { zh: '', en: '' },
    event: { start: opts.start ?? null, end: opts.end ?? null },
    currency: opts.currency ?? 'CNY',
  });
  return {
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    revision: 0,
    settings,
    halls: {},
    zones: {},
    booths: {},
    exhibitors: {},
    assignments: {},
    facilities: {},
    assets: {},
    history: [],
  };
}
