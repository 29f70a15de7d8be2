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
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'docs/**', '.tmp/**', 'bench/dist/**'] },
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
  {
    files: ['renderer/panels/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}', 'renderer/print/**/*.{ts,tsx}'],
    rules: forbid(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', 'konva', 'konva/*', 'react-konva', '**/canvas/**'],
      'Panels never import Konva or the canvas: they talk to it through the editor store.',
    ),
  },
  {
    files: ['renderer/**/canvas/**/*.{ts,tsx}'],
    rules: forbid(['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', '**/panels/**'], 'The canvas never imports panels: they talk through the editor store.'),
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
