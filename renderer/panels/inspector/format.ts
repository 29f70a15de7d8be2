import type { Language } from '../../../shared/ipc/contract';

// Formatters are kept per language and currency: making one costs more than formatting, and
// the Exhibitors view formats four figures in each of the rows on screen at every render.
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatter(lang: Language, currency: string | null): Intl.NumberFormat | null {
  const key = `${lang}\u0000${currency ?? ''}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(lang, currency ? { style: 'currency', currency, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
    } catch {
      // An unknown ISO code in a hand-edited file: the caller shows the plain number.
      f = null;
    }
    formatters.set(key, f);
  }
  return f;
}

/** Metres with at most two decimals, no trailing zeros (3, 2.5, 2.75). */
export function formatMetres(n: number, lang: Language): string {
  return formatter(lang, null)!.format(n);
}

/** An amount in the show's currency; with an unknown currency code, the number and the code. */
export function formatMoney(amount: number, currency: string, lang: Language): string {
  const f = formatter(lang, currency);
  return f ? f.format(amount) : `${formatter(lang, null)!.format(amount)} ${currency}`;
}
