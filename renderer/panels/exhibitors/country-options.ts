import { COUNTRIES } from '../../../shared/exhibitors/countries';

export interface CountryOption {
  value: string;
  label: string;
  /** What typing in the pick list matches: the name in both languages and the code. */
  search: string;
}

const cache = new Map<'zh' | 'en', CountryOption[]>();

/**
 * Country pick-list options labelled in the display language but found by either name
 * ("越南" and "Vietnam" both find VN), whatever language the app is in. Use with
 * `optionFilterProp="search"`.
 */
export function countryOptions(l: 'zh' | 'en'): CountryOption[] {
  let out = cache.get(l);
  if (!out) {
    out = COUNTRIES.map((c) => ({ value: c.code, label: `${c.name[l]} (${c.code})`, search: `${c.name.zh} ${c.name.en} ${c.code}` }));
    cache.set(l, out);
  }
  return out;
}
