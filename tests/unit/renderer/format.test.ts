import { describe, expect, it } from 'vitest';
import { formatMetres, formatMoney } from '../../../renderer/panels/inspector/format';

describe('number formats of the views', () => {
  it('give metres and money in the language asked, each language and currency with its own format', () => {
    expect(formatMetres(2.756, 'en')).toBe('2.76');
    expect(formatMetres(1234.5, 'en')).toBe('1,234.5');
    expect(formatMoney(1234.5, 'USD', 'en')).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'CNY', 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    // Asked again after other languages and currencies: still its own format.
    expect(formatMoney(1234.5, 'USD', 'en')).toBe('$1,234.50');
  });

  it('shows the number and the code for a currency code Intl does not know', () => {
    expect(formatMoney(12, 'NOT-A-CODE', 'en')).toBe('12 NOT-A-CODE');
    expect(formatMoney(12, 'USD', 'en')).toBe('$12.00');
  });
});
