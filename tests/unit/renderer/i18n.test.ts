import { describe, expect, it } from 'vitest';
import { initI18n, MESSAGES, startLanguage, systemLanguage } from '../../../renderer/app/i18n';
import { describeError } from '../../../renderer/panels/common/describe-error';
import type { UiErrorCode } from '../../../renderer/editor/host-errors';
import { BOOTH_STATUSES, BOOTH_KINDS, BOOTH_TYPES, FACILITY_KINDS } from '../../../shared/model/entities';
import { REFUSAL_CODES } from '../../../shared/editing/result';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// Every code the UI can show; a new code without words would show the fallback sentence.
// `locked`, `busy` and `not-allowed` are being added to the contract by the host work.
const ERROR_CODES: (UiErrorCode | 'locked' | 'busy' | 'not-allowed')[] = [
  'locked', 'busy', 'not-allowed',
  'not-found', 'not-a-file', 'bad-extension', 'exists', 'permission', 'too-large', 'io', 'unknown-handle', 'conflict', 'unsupported',
  'open.empty', 'open.not-json', 'open.not-a-project', 'open.newer-version', 'open.unknown-version', 'open.invalid',
  'transport', 'unauthorized', 'host', 'unexpected', 'read-only', 'op-conflict', 'unsaved-before-switch', 'refused',
];

// Core files merged with every feature's locale file, as the app sees them.
const en = MESSAGES.en as Record<string, Record<string, string>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deep lookups into JSON in assertions
const zh = MESSAGES['zh-CN'] as any;

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('no string is empty', () => {
    for (const [name, res] of [['en', en], ['zh-CN', zh]] as const) {
      // Walk the tree itself: some keys (command ids such as `file.print`) contain dots.
      const walk = (o: unknown, path: string): void => {
        if (typeof o === 'object' && o !== null) {
          for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}/${k}` : k);
          return;
        }
        expect(typeof o === 'string' && o.trim() !== '', `${name}: ${path}`).toBe(true);
      };
      walk(res, '');
    }
  });

  it('has words for every error code and every model enum', () => {
    const all = new Set(keys(en));
    for (const c of ERROR_CODES) expect(all.has(`errors.${c}`), c).toBe(true);
    for (const s of BOOTH_STATUSES) expect(all.has(`status.${s}`)).toBe(true);
    for (const s of BOOTH_KINDS) expect(all.has(`kind.${s}`)).toBe(true);
    for (const s of BOOTH_TYPES) expect(all.has(`boothType.${s}`)).toBe(true);
    for (const s of FACILITY_KINDS) expect(all.has(`facility.${s}`)).toBe(true);
    for (const r of REFUSAL_CODES) expect(all.has(`edit.refused.${r}`), r).toBe(true);
  });

  it('the toolbar speaks the names the end-to-end tests use', () => {
    expect(en.toolbar).toMatchObject({ new: 'New project', open: 'Open project', openSample: 'Open sample', saveAs: 'Save as', undo: 'Undo', redo: 'Redo', zoomToFit: 'Zoom to fit', language: 'Language' });
    expect(en.statusbar).toMatchObject({ saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Save failed' });
  });
});

describe('language choice', () => {
  it('follows the system on first start: any zh* is Chinese', () => {
    expect(systemLanguage('zh-CN')).toBe('zh-CN');
    expect(systemLanguage('zh-TW')).toBe('zh-CN');
    expect(systemLanguage('ZH')).toBe('zh-CN');
    expect(systemLanguage('en-GB')).toBe('en');
    expect(systemLanguage('th-TH')).toBe('en');
    expect(systemLanguage(undefined)).toBe('en');
  });

  it('a saved choice wins over the system', () => {
    expect(startLanguage('en', 'zh-CN')).toBe('en');
    expect(startLanguage(null, 'zh-CN')).toBe('zh-CN');
  });
});

describe('error messages', () => {
  it('translates codes with their version, path and details', async () => {
    const i18n = initI18n('en');
    const e = describeError(i18n.t, { code: 'open.newer-version', version: 7, path: '/x/a.pavilion.json', details: ['schemaVersion 7'] });
    expect(e.message).toContain('version 7');
    expect(e.file).toBe('File: /x/a.pavilion.json');
    expect(e.details).toEqual(['schemaVersion 7']);
    await i18n.changeLanguage('zh-CN');
    expect(describeError(i18n.t, { code: 'open.not-json' }).message).toBe(zh.errors.open['not-json']);
    expect(describeError(i18n.t, { code: 'permission' }).message).toBe(zh.errors.permission);
    expect(describeError(i18n.t, { code: 'refused', refusal: { reason: 'text-too-long', detail: { field: 'notes', max: 5000 } } }).message).toContain('5000');
    await i18n.changeLanguage('en');
    expect(describeError(i18n.t, { code: 'refused', refusal: { reason: 'text-too-long', detail: { max: 500 } } }).message).toBe('The text is too long (at most 500 characters).');
  });
});
