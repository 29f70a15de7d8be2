/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/return, lone
 * surrogates, U+FFFE/U+FFFF). Escaping does not help with these: a single one makes a
 * standalone SVG unparseable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML/HTML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for SVG output: at most `digits` decimals, no exponent, no "-0". */
export function num(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '0';
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** `name="value"` pairs, values escaped; undefined values are left out. */
export function attrs(map: Record<string, string | number | undefined | null>): string {
  let out = '';
  for (const [k, v] of Object.entries(map)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}
