// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads', 'url', 'stream', 'util', 'events'];

/** Layering: arrows only point down (see docs/architecture in each folder README). */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-server/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'docs/**', '.tmp/**', 'bench/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['electron', 'electron/*', 'react', 'react-*', 'react/*', 'konva', 'konva/*', 'lowdb', 'lowdb/*', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no electron, react, konva, node builtins, lowdb, nor imports from electron/ or renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', 'lowdb', 'lowdb/*'], 'The renderer talks to the host only through the api client; no electron, node builtins or electron/ imports.'),
    },
  },
  // The renderer reads in one direction: app/shell → panels, print → editor → editor/canvas,
  // with app/api and app/i18n (host access, words) and shared/ below them all.
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    rules: forbid(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', 'konva', 'konva/*', 'react-konva', '**/canvas/**'],
      'The shell never imports Konva or the canvas: it talks to it through the editor store.',
    ),
  },
  {
    files: ['renderer/panels/**/*.{ts,tsx}', 'renderer/print/**/*.{ts,tsx}'],
    rules: forbid(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', 'konva', 'konva/*', 'react-konva', '**/canvas/**', '**/app/shell/**'],
      'Panels never import Konva, the canvas or the shell above them: they talk through the editor stores and the command registry.',
    ),
  },
  {
    files: ['renderer/editor/**/*.{ts,tsx}'],
    ignores: ['renderer/editor/canvas/**'],
    rules: forbid(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', 'lowdb', 'lowdb/*', '**/panels/**', '**/app/shell/**', '**/renderer/print/**', '../print/**', '../../print/**'],
      'The editor sits below panels and the shell: it never imports them (panels register what they offer).',
    ),
  },
  {
    files: ['renderer/**/canvas/**/*.{ts,tsx}'],
    rules: forbid(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', '**/panels/**', '**/app/shell/**', '**/renderer/print/**', '../print/**', '../../print/**'],
      'The canvas never imports panels or the shell: they talk through the editor store.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    // The service being split.
    ignores: ['electron/services/project-service.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web-host/**/*.ts', 'electron/sync-server/**/*.ts'],
    rules: forbid(['electron', 'electron/*', '**/renderer/**'], 'Services and the browser host are plain Node: no electron import, so browser mode and tests run them.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(['**/services/**', '**/renderer/**', ...nodeBuiltins], 'The preload only bridges the contract; it reaches nothing else.'),
  },
);
