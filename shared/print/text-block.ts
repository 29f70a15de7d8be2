import { attrs, escapeXml, num } from './escape';
import { textWidth } from './measure';
import { wrapText } from './wrap';

export interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  cls?: string;
}

/** One `<text>` element; the text is escaped. */
export function textEl(x: number, y: number, text: string, style: TextStyle): string {
  return `<text${attrs({
    x,
    y,
    'font-size': num(style.size, 3),
    'font-weight': style.bold ? 'bold' : undefined,
    'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    fill: style.fill,
    class: style.cls,
  })}>${escapeXml(text)}</text>`;
}

/** Cuts `text` to fit `maxW` at `size`, ending with an ellipsis. */
export function truncate(text: string, maxW: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxW) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…', size, bold) > maxW) chars.pop();
  return chars.length ? chars.join('').trimEnd() + '…' : '';
}

export interface FittedBlock {
  lines: string[];
  size: number;
}

/**
 * `text` wrapped to at most `maxLines` lines of `maxW`, shrinking from `size` to `minSize`; at
 * `minSize` the last line is cut with an ellipsis rather than overflow.
 */
export function fitBlock(text: string, maxW: number, size: number, minSize: number, maxLines: number, bold = false): FittedBlock {
  const t = text.trim();
  if (!t || maxW <= 0) return { lines: [], size };
  for (let s = size; s >= minSize - 1e-9; s = s > minSize && s * 0.92 < minSize ? minSize : s * 0.92) {
    const lines = wrapText(t, maxW, s, maxLines, bold);
    if (lines) return { lines: lines.map((l) => l.text), size: s };
    if (s === minSize) break;
  }
  const lines = wrapText(t, maxW, minSize, 1000, bold) ?? [];
  if (lines.length === 0) return { lines: [truncate(t, maxW, minSize, bold)].filter(Boolean), size: minSize };
  const kept = lines.slice(0, maxLines).map((l) => l.text);
  if (lines.length > maxLines) kept[maxLines - 1] = truncate(kept[maxLines - 1]! + '…', maxW, minSize, bold);
  return { lines: kept, size: minSize };
}
