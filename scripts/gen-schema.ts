/**
 * Writes `resources/schema/project.schema.json` from the zod schema: `npm run schema`.
 * A unit test fails when the committed file differs from what this produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ProjectBase, SCHEMA_VERSION } from '../shared/model/project';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'schema', 'project.schema.json');

/**
 * The JSON Schema (draft 2020-12) of a project file. `io: 'input'` because it describes what
 * may be on disk: fields with defaults may be left out and are filled in on opening. The rules
 * across records (keys equal ids, references resolve, status agrees with assignments) are not
 * expressible here; docs/project-format.md lists them and `npm run validate` checks them.
 */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectBase, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: 'https://pavilion.app/schema/project.schema.json',
    title: `Pavilion project file, schema version ${SCHEMA_VERSION}`,
    description:
      'One exhibition show (*.pavilion.json). Lengths in metres, angles in degrees, y grows downward. ' +
      'Cross-record rules (record keys equal ids, references resolve, booth status agrees with assignments) ' +
      'are not expressed here: see docs/project-format.md.',
    ...rest,
  };
}

export function projectJsonSchemaText(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, projectJsonSchemaText());
  console.log(`Wrote ${SCHEMA_PATH}`);
}
