import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The Canton Fair walk (`npm run test:scale`): the real app at 75,000 booths, minutes long. */
export default defineConfig({ ...base, testDir: 'tests/scale', timeout: 15 * 60_000, workers: 1 });
