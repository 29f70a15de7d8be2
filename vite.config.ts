import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One config builds the three parts: the renderer (React, served from `dist/`), the Electron
 * main process (`dist-electron/main.js`, ESM) and the preload (`dist-electron/preload.cjs`,
 * CommonJS because sandboxed preloads cannot be ES modules).
 */
export default defineConfig(({ command, mode }) => {
  // `npm run server` (`vite build --mode server`): the sync server alone, as plain JavaScript
  // for Node (`dist-server/cli.js`, its packages loaded from node_modules). Run through a
  // TypeScript loader instead, the server carried the loader's own thread and caches: ~30 MB
  // more resident memory for as long as it runs.
  if (mode === 'server') {
    return {
      publicDir: false,
      logLevel: 'warn',
      build: {
        ssr: `${root}electron/sync-server/cli.ts`,
        outDir: `${root}dist-server`,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rolldownOptions: { output: { entryFileNames: '[name].js', format: 'es' } },
      },
    };
  }
  // Main and preload share dist-electron, so neither may empty it; chunks of an earlier build
  // (hashed names) would otherwise stay and be packed. A build starts from an empty folder.
  if (command === 'build') rmSync(`${root}dist-electron`, { recursive: true, force: true });
  return {
    root: 'renderer',
    base: './',
    publicDir: false,
    build: {
      outDir: `${root}dist`,
      emptyOutDir: true,
      target: 'chrome130',
      chunkSizeWarningLimit: 4000,
    },
    worker: { format: 'es' },
    plugins: [
      react(),
      electron({
        main: {
          // The spreadsheet parser runs in a worker that `parseSpreadsheet` finds as
          // `parse-worker.js` beside `main.js` (see electron/services/import/README.md).
          entry: { main: `${root}electron/main/index.ts`, 'parse-worker': `${root}electron/services/import/parse-worker.ts` },
          // `vite` (dev) would launch Electron; the start script decides that instead.
          onstart: () => undefined,
          vite: {
            build: {
              outDir: `${root}dist-electron`,
              emptyOutDir: false,
              sourcemap: command === 'serve',
              minify: false,
              // The sync server's storage is a native addon: it cannot be bundled, so it ships as
              // the app's one runtime dependency (electron-builder rebuilds it for Electron).
              rolldownOptions: { external: ['better-sqlite3'], output: { entryFileNames: '[name].js', format: 'es' } },
            },
          },
        },
        preload: {
          input: `${root}electron/preload/index.ts`,
          onstart: () => undefined,
          vite: {
            build: {
              outDir: `${root}dist-electron`,
              emptyOutDir: false,
              minify: false,
              rolldownOptions: {
                output: { format: 'cjs', entryFileNames: 'preload.cjs' },
              },
            },
          },
        },
      }),
    ],
  };
});
