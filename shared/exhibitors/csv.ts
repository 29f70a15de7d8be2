/**
 * Text a spreadsheet program would run as a formula (or DDE) if a cell starts with it:
 * = + - @, tab and carriage return (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A phone number written the international way ("+86 171 2194 1268", "-0771 555"): digits with
 * spaces, brackets, dots, slashes or dashes only. No formula can be made of these, so the
 * number is written as it is instead of with an apostrophe in front.
 */
const PHONE_LIKE = /^[+-][\d\s()./-]*\d[\d\s()./-]*$/;

/** True when a cell must be defused before it goes into a spreadsheet. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !PHONE_LIKE.test(value);
}

/** Prefixes an apostrophe to text a spreadsheet would treat as a formula. */
export function escapeFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes where needed) with formula-looking text defused
 * (numbers are written as numbers, so -5 stays -5).
 * `bom` starts the text with U+FEFF so Excel reads UTF-8 Chinese correctly.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], opts: { bom?: boolean } = {}): string {
  const body = rows
    .map((r) => r.map((c) => quote(typeof c === 'number' ? String(c) : escapeFormula(c ?? ''))).join(','))
    .join('\r\n');
  return (opts.bom ? '\uFEFF' : '') + body + '\r\n';
}
