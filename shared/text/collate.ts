/**
 * Cached collators: `localeCompare` with a locale builds a new collator on every call, which
 * dominates sorting thousands of booths and names.
 */
const cache = new Map<string, Intl.Collator>();

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  // Looked up per comparison by `compareText`: no options, no key to build.
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let c = cache.get(key);
  if (!c) cache.set(key, (c = new Intl.Collator(locale, options)));
  return c;
}

const numeric = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Booth numbers and codes in human order: "A1-2" before "A1-10". */
export function compareNumeric(a: string, b: string): number {
  // Called a few hundred thousand times when 20,000 booths are sorted: no lookup per call.
  return numeric.compare(a, b);
}

/** Plain code-unit order, for stable tie-breaks on ids. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text in the reader's language order (pinyin order for Chinese). */
export function compareText(a: string, b: string, locale: string): number {
  return collator(locale).compare(a, b);
}
