import { describe, expect, it } from 'vitest';
import { charEm, textWidth, WIDTH_SAFETY } from '../../../shared/print/measure';
import { breakPieces, joinWrapped, wrapBalanced, wrapText } from '../../../shared/print/wrap';

describe('text width estimate', () => {
  it('counts a CJK ideograph as one em and Latin lower case near 0.55 em', () => {
    expect(charEm('华')).toBe(1);
    expect(charEm('，')).toBe(1);
    const lower = 'abcdefghijklmnopqrstuvwxyz';
    const avg = [...lower].reduce((s, c) => s + charEm(c), 0) / lower.length;
    expect(avg).toBeGreaterThan(0.5);
    expect(avg).toBeLessThan(0.6);
  });

  it('gives combining marks no width and accented letters their base width', () => {
    expect(charEm('\u0301')).toBe(0);
    expect(charEm('ố')).toBeGreaterThanOrEqual(charEm('o'));
    expect(textWidth('Việt', 10)).toBeCloseTo(textWidth('Viet', 10), 0);
  });

  it('scales with font size and is wider in bold', () => {
    expect(textWidth('Huawei', 20)).toBeCloseTo(2 * textWidth('Huawei', 10), 6);
    expect(textWidth('Huawei', 10, true)).toBeGreaterThan(textWidth('Huawei', 10));
    expect(textWidth('中国', 10)).toBeCloseTo(20 * WIDTH_SAFETY, 6);
  });
});

describe('line breaking', () => {
  it('breaks Chinese between characters but never before closing punctuation', () => {
    const pieces = breakPieces('华为（中国）有限公司，南宁');
    expect(pieces.map((p) => p.text)).toContain('为');
    expect(pieces.some((p) => p.text.startsWith('）') || p.text.startsWith('，'))).toBe(false);
    expect(pieces.some((p) => p.text.endsWith('（'))).toBe(false);
  });

  it('keeps Latin words whole and wraps at spaces', () => {
    const lines = wrapText('Huawei Technologies Co., Ltd.', textWidth('Huawei Technologies', 10), 10, 3);
    expect(lines?.map((l) => l.text)).toEqual(['Huawei Technologies', 'Co., Ltd.']);
    expect(wrapText('Supercalifragilistic', textWidth('Super', 10), 10, 5)).toBeNull();
  });

  it('fails when more lines are needed than allowed, and never returns a line wider than asked', () => {
    const text = '广西北部湾国际港务智慧物流与供应链管理集团有限公司';
    expect(wrapText(text, 50, 10, 2)).toBeNull();
    const lines = wrapText(text, 50, 10, 10)!;
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(50);
    expect(lines.map((l) => l.text).join('')).toBe(text);
  });

  it('balances a two-line name instead of leaving one character behind', () => {
    const text = '新加坡科技工程';
    const w = textWidth('新加坡科技工', 10) + 0.01;
    expect(wrapText(text, w, 10, 3)!.map((l) => l.text)).toEqual(['新加坡科技工', '程']);
    const even = wrapBalanced(text, w, 10, 3)!.map((l) => l.text);
    expect(even).toHaveLength(2);
    expect(Math.abs([...even[0]!].length - [...even[1]!].length)).toBeLessThanOrEqual(1);
  });

  it('joins booth numbers without breaking them at their hyphens', () => {
    const items = ['A1-101', 'A1-102', 'B2-7', 'B2-330'];
    const lines = joinWrapped(items, ', ', textWidth('A1-101, A1-102,', 10), 10);
    expect(lines.map((l) => l.text)).toEqual(['A1-101, A1-102,', 'B2-7, B2-330']);
    expect(lines.reduce((n, l) => n + l.items, 0)).toBe(4);
  });
});
