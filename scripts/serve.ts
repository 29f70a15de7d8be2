/**
 * Browser mode: `npm run serve -- [--port N] [--project FILE] [--data-dir DIR] [--documents-dir DIR] [--build]`.
 * Serves the built app and the same services as the desktop app on 127.0.0.1 only.
 */
import { fileURLToPath } from 'node:url';
import { serveMain } from '../electron/web-host/cli';

const root = fileURLToPath(new URL('..', import.meta.url));

serveMain(process.argv.slice(2), root).catch((e: unknown) => {
  console.error(`Pavilion could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
