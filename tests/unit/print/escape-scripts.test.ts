import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, num } from '../../../shared/print/escape';
import { scriptsNeeded, FONT_FOR_SCRIPT, FONT_STACK } from '../../../shared/print/scripts';

describe('escaping', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`<img src=x onerror=alert(1)> & "q" 'a'`)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;');
    expect(escapeXml('a\u0000b\u0007c\uFFFEd')).toBe('abcd');
    expect(escapeXml('bad \uD800 surrogate')).toBe('bad  surrogate');
    expect(escapeXml('emoji 😀 ok')).toBe('emoji 😀 ok');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });

  it('formats numbers without exponents or negative zero', () => {
    expect(num(-0)).toBe('0');
    expect(num(-0.0001)).toBe('0');
    expect(num(1.23456)).toBe('1.23');
    expect(num(Number.NaN)).toBe('0');
    expect(attrs({ a: 'x"y', b: 1.005, c: undefined })).toBe(' a="x&quot;y" b="1"');
  });
});

describe('scriptsNeeded', () => {
  it('names the scripts of ASEAN exhibitors', () => {
    expect(scriptsNeeded('Huawei 华为')).toEqual(['Latin', 'Han']);
    expect(scriptsNeeded('บริษัท ซีพี ออลล์')).toEqual(['Thai']);
    expect(scriptsNeeded('ក្រុមហ៊ុន')).toEqual(['Khmer']);
    expect(scriptsNeeded('ບໍລິສັດ')).toEqual(['Lao']);
    expect(scriptsNeeded('မြန်မာ')).toEqual(['Myanmar']);
    expect(scriptsNeeded('Công ty Cổ phần')).toEqual(['Latin', 'Vietnamese']);
    // Decomposed Vietnamese counts too.
    expect(scriptsNeeded('Việt Nam'.normalize('NFD'))).toEqual(['Latin', 'Vietnamese']);
    expect(scriptsNeeded('Côte')).toEqual(['Latin']);
    expect(scriptsNeeded(['123 !?', ''])).toEqual([]);
    expect(scriptsNeeded(['Petronas', 'ペトロナス', '한국'])).toEqual(['Latin', 'Kana', 'Hangul']);
  });

  it('has a font for each script, and every one is in the stack', () => {
    for (const [script, font] of Object.entries(FONT_FOR_SCRIPT)) {
      if (script === 'Other') continue;
      expect(FONT_STACK).toContain(`'${font}'`);
    }
    expect(FONT_STACK.endsWith('sans-serif')).toBe(true);
  });
});
