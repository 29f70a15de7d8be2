import { describe, expect, it } from 'vitest';
import { missingFonts, type FontProbe } from '../../../renderer/print/fonts';
import { scriptsNeeded } from '../../../shared/print/scripts';

/** A machine drawing only these fonts' letters. */
const installed = (...families: string[]): FontProbe => (family) => families.includes(family);

describe('fonts the printed names need', () => {
  const scripts = scriptsNeeded(['华为技术有限公司', 'Huawei', 'บริษัท ไทย', 'Viễn thông FPT']);

  it('reports a script that cannot be drawn, by script and font', () => {
    expect(missingFonts(scripts, installed('Noto Sans', 'Noto Sans CJK SC'))).toEqual([{ script: 'Thai', font: 'Noto Sans Thai' }]);
  });

  it('asks about each script with its own print font and sample letters', () => {
    const asked: [string, string][] = [];
    missingFonts(scripts, (f, s) => (asked.push([f, s]), true));
    expect(asked.map(([f]) => f)).toEqual(['Noto Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Thai']);
    expect(asked.find(([f]) => f === 'Noto Sans Thai')?.[1]).toMatch(/\p{Script=Thai}/u);
  });

  it('reports nothing when every script draws, and always reports unknown scripts', () => {
    expect(missingFonts(scripts, installed('Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Thai'))).toEqual([]);
    expect(missingFonts(['Other'], installed())).toEqual([{ script: 'Other', font: null }]);
  });
});
