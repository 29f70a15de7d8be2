import type { Language } from '../../../shared/ipc/contract';

/** Metres with at most two decimals, no trailing zeros (3, 2.5, 2.75). */
export function formatMetres(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}

export function formatMoney(amount: number, currency: string, lang: Language): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    // An unknown ISO code in a hand-edited file: still show the number.
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}
