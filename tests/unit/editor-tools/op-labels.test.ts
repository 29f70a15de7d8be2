import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') || p.endsWith('.tsx') ? [p] : [];
  });
}

/** Every `'ops.<name>'` literal in the domain and the renderer: the labels operations carry. */
const labels = [...new Set([...sources(join(root, 'shared')), ...sources(join(root, 'renderer'))].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'ops\.([A-Za-z]+)'/g)].map((m) => m[1]!)))].sort();

describe('operation labels', () => {
  it('finds the editor labels at all', () => {
    expect(labels).toEqual(expect.arrayContaining(['addBooth', 'moveItems', 'nudge', 'resizeBooths', 'duplicateHall']));
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`has words for every label in ${lang}`, () => {
      const ops = (JSON.parse(readFileSync(join(root, `renderer/app/i18n/locales/${lang}.json`), 'utf8')) as { ops: Record<string, string> }).ops;
      const missing = labels.filter((l) => !(l in ops) && !(`${l}_other` in ops));
      expect(missing).toEqual([]);
    });
  }
});
