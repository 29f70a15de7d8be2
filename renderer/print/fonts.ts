import { FONT_FOR_SCRIPT, FONT_STACK, type ScriptName } from '../../shared/print/scripts';

/** A few letters of each script to test the fonts with. */
const SAMPLES: Record<ScriptName, string> = {
  Latin: 'AaGg',
  Vietnamese: 'ễơư',
  Han: '展馆',
  Kana: 'かカ',
  Hangul: '한국',
  Thai: 'ไทย',
  Khmer: 'ខ្មែរ',
  Lao: 'ລາວ',
  Myanmar: 'မြန်',
  Arabic: 'عرب',
  Tamil: 'தமிழ்',
  Other: '',
};

export interface FontProblem {
  script: ScriptName;
  /** The font the print engine uses for the script; null when none is known (`Other`). */
  font: string | null;
}

/** True when text in `sample`, set in `family` then the print font stack, draws real glyphs. */
export type FontProbe = (family: string, sample: string) => boolean;

/** A code point no font has: what it draws is the "missing glyph" box (or nothing). */
const NO_GLYPH = '\u{10FFFD}';

/**
 * The browser's answer, as the printed page will get it: `document.fonts.check` (false while
 * a declared font is still loading), then each sample letter is drawn with the print font
 * stack and compared, pixel for pixel, with a code point no font has. Chromium falls back to
 * any installed font per letter, so a letter that still draws as the missing-glyph box would
 * print as a box.
 */
export function browserFontProbe(): FontProbe {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (font: string, ch: string) => {
    ctx!.clearRect(0, 0, 48, 48);
    ctx!.font = `32px ${font}`;
    ctx!.fillText(ch, 4, 36);
    return ctx!.getImageData(0, 0, 48, 48).data;
  };
  const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
  return (family, sample) => {
    if (!document.fonts.check(`16px "${family}"`, sample)) return false;
    if (!ctx) return true;
    const font = `"${family}", ${FONT_STACK}`;
    const box = draw(font, NO_GLYPH);
    // Combining marks alone may draw nothing: test base letters (those with a width).
    return [...sample].filter((ch) => !/\p{M}/u.test(ch)).every((ch) => !same(draw(font, ch), box));
  };
}

/**
 * The scripts of the printed names that this computer cannot draw: they would print as
 * empty boxes. `Other` (letters of scripts the engine has no font for) is always reported.
 */
export function missingFonts(scripts: readonly ScriptName[], probe: FontProbe): FontProblem[] {
  const out: FontProblem[] = [];
  for (const script of scripts) {
    const font = FONT_FOR_SCRIPT[script];
    if (!font) out.push({ script, font: null });
    else if (!probe(font, SAMPLES[script])) out.push({ script, font });
  }
  return out;
}
