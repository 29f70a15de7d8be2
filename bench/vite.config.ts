import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The bench page: the real renderer canvas modules plus the two baselines, built as one
 * production bundle (so timings are of minified code, as shipped). Out: bench/dist.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
    // PAVILION_BENCH_READABLE=1 keeps names for profiling; timings are taken from the minified build.
    minify: process.env.PAVILION_BENCH_READABLE !== '1',
  },
});
