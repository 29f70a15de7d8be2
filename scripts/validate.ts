/**
 * Checks a project file the way the app opens it: `npm run validate -- FILE`.
 * Size cap and text decoding (as the app reads it), JSON, migration, schema and integrity
 * through `loadProjectText`. Exit 0 valid, 1 invalid or unreadable, 2 bad usage.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_BYTES, readTextCapped } from '../electron/services/durable-file';
import { ServiceError } from '../electron/services/errors';
import { loadProjectText, type LoadError } from '../shared/model/load';
import { SCHEMA_VERSION, type Project } from '../shared/model/project';

const USAGE = 'usage: npm run validate -- FILE';

function describe(error: LoadError, text: string): string[] {
  switch (error.code) {
    case 'empty':
      return ['the file is empty'];
    case 'not-json':
      try {
        JSON.parse(text);
        return ['not JSON'];
      } catch (e) {
        return [`not JSON: ${(e as Error).message}`];
      }
    case 'not-a-project':
      return ['not a Pavilion project: expected a JSON object with "format": "pavilion-project"'];
    case 'newer-version':
      return [`written by a newer Pavilion: schema version ${error.version}, this build reads up to ${SCHEMA_VERSION}`];
    case 'unknown-version':
      return [`unknown schema version${error.version !== undefined ? ` ${error.version}` : ''}: "schemaVersion" must be a whole number from 0 to ${SCHEMA_VERSION}`];
    case 'invalid':
      return error.problems ?? ['invalid'];
  }
}

function summary(p: Project): string {
  const n = (o: object) => Object.keys(o).length.toLocaleString('en');
  const byStatus = new Map<string, number>();
  for (const b of Object.values(p.booths)) byStatus.set(b.status, (byStatus.get(b.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([s, c]) => `${c.toLocaleString('en')} ${s}`).join(', ');
  return (
    `${n(p.halls)} halls, ${n(p.booths)} booths${statuses ? ` (${statuses})` : ''}, ${n(p.exhibitors)} exhibitors, ` +
    `${n(p.assignments)} assignments, ${n(p.zones)} zones, ${n(p.facilities)} facilities, ${n(p.assets)} assets, ` +
    `${p.history.length.toLocaleString('en')} history entries; revision ${p.revision}`
  );
}

export interface ValidateOutcome {
  /** 0 valid, 1 invalid or unreadable. */
  code: 0 | 1;
  lines: string[];
}

/** Checks one file and says what it found, as the CLI prints it. */
export async function validateFile(file: string): Promise<ValidateOutcome> {
  let text: string;
  try {
    text = await readTextCapped(resolve(file), DEFAULT_MAX_BYTES);
  } catch (e) {
    const reason =
      e instanceof ServiceError
        ? e.apiError.code === 'too-large'
          ? `too large (${e.apiError.details?.join('; ')})`
          : e.apiError.code === 'not-a-file'
            ? 'not a regular file'
            : e.message
        : (e as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file'
          : (e as Error).message;
    return { code: 1, lines: [`INVALID ${file}: cannot read: ${reason}`] };
  }
  const result = loadProjectText(text);
  if (!result.ok) {
    return { code: 1, lines: [`INVALID ${file} (${result.error.code}):`, ...describe(result.error, text).map((p) => `  ${p}`)] };
  }
  const migrated = result.migratedFrom !== null ? ` (migrated from schema version ${result.migratedFrom}: ${result.migrations.join('; ')})` : '';
  return { code: 0, lines: [`OK ${file}: schema version ${SCHEMA_VERSION}${migrated}; ${summary(result.project)}`] };
}

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === '') {
    console.error(USAGE);
    return 2;
  }
  const outcome = await validateFile(argv[0]!);
  for (const line of outcome.lines) console.log(line);
  return outcome.code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
