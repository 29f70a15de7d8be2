import type { Bilingual } from '../model/primitives';
import { CN_BRANDS, CN_GIVEN, CN_PLACES, CN_SURNAMES, CN_TAILS } from './catalog/china';
import { COUNTRIES, INTL_TAILS, type CountryDef } from './catalog/countries';
import type { SectorKey } from './catalog/sectors';
import type { Rng } from './random';

export interface CompanyIdentity {
  name: Bilingual;
  shortName: Bilingual;
  contact: { person: string; email: string; phone: string };
  website: string;
}

const COUNTRY_BY_CODE = new Map<string, CountryDef>(COUNTRIES.map((c) => [c.code, c]));

/** Latin letters without diacritics, for domains and e-mail addresses (Nguyễn → Nguyen). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

const slug = (s: string) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

function mailbox(rng: Rng, personLocal: string, domain: string): string {
  return rng.chance(0.25) ? `${rng.pick(['info', 'sales', 'expo', 'marketing'])}@${domain}` : `${personLocal}@${domain}`;
}

function chinese(rng: Rng, sector: SectorKey): CompanyIdentity {
  const [placeZh, placePy, area] = rng.weighted(CN_PLACES);
  const [brandZh, brandPy] = rng.pick(CN_BRANDS);
  const tail = rng.pick(CN_TAILS[sector]);
  let tailZh = tail.zh;
  let tailEn = tail.en;
  const form = rng.next();
  if (form < 0.08) {
    tailZh = tailZh.replace(/有限公司$/, '集团有限公司');
    tailEn = tailEn.replace(/Co\., Ltd\.$/, 'Group Co., Ltd.');
  } else if (form < 0.3) {
    tailZh = tailZh.replace(/有限公司$/, '股份有限公司');
  }
  const [surZh, surPy] = rng.pick(CN_SURNAMES);
  const [givenZh, givenPy] = rng.pick(CN_GIVEN);
  const domain = `${brandPy.toLowerCase()}${tail.domain}.${rng.pick(['com.cn', 'cn', 'com'])}`;
  const phone = rng.chance(0.65)
    ? `+86 1${rng.pick(['3', '5', '7', '8', '9'])}${rng.digits(1)} ${rng.digits(4)} ${rng.digits(4)}`
    : `+86 ${area} ${area.length === 2 ? rng.digits(8) : `${rng.int(2, 8)}${rng.digits(6)}`}`;
  return {
    name: { zh: `${placeZh}${brandZh}${tailZh}`, en: `${placePy} ${brandPy} ${tailEn}` },
    shortName: { zh: `${brandZh}${tail.shortZh}`, en: `${brandPy} ${tail.shortEn}` },
    contact: {
      person: `${surZh}${givenZh}`,
      email: mailbox(rng, `${slug(givenPy)}.${slug(surPy)}`, domain),
      phone,
    },
    website: `https://www.${domain}`,
  };
}

function international(rng: Rng, country: CountryDef, sector: SectorKey): CompanyIdentity {
  const [brandEn, brandZh] = rng.pick(country.brands);
  const [tailEn, tailZh, stem] = rng.pick(INTL_TAILS[sector]);
  const form = rng.pick(country.forms);
  const person = country.person(rng);
  const domain = `${slug(brandEn)}${stem}.${country.tld}`;
  const personLocal = asciiFold(person)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !['bin', 'binti', 'haji', 'mohd'].includes(w))
    .map((w) => w.replace(/[^a-z-]/g, ''))
    .filter(Boolean)
    .join('.');
  return {
    name: { zh: `${brandZh}${tailZh}${form.zh}`, en: form.en.replace('{}', `${brandEn} ${tailEn}`) },
    shortName: { zh: `${brandZh}${tailZh}`, en: `${brandEn} ${tailEn}` },
    contact: { person, email: mailbox(rng, personLocal || 'info', domain), phone: country.phone(rng) },
    website: `https://www.${domain}`,
  };
}

/**
 * A believable company: Chinese firms are named place + trade name + line of business + legal
 * form with the customary English translation; foreign firms carry an English name and the
 * Chinese rendering used on the Expo's badges.
 */
export function companyIdentity(rng: Rng, countryCode: string, sector: SectorKey): CompanyIdentity {
  const country = COUNTRY_BY_CODE.get(countryCode);
  return country ? international(rng, country, sector) : chinese(rng, sector);
}
