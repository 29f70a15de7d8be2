import type { Exhibitor } from '../../model/entities';
import type { Project } from '../../model/project';
import { normalizeKey } from '../text';

/**
 * Why two records look like one company. A strong match is the same external id, the same
 * Chinese name, the same English name in the same country, or the same company e-mail domain
 * or website; an English name alone (another country, or the other record has no country
 * match) is only weak. Two records whose Chinese names differ are never one company because
 * an English name, a domain or a country is shared: "Smart Tech" is many companies.
 */
export type MatchReason = 'external-id' | 'name-zh' | 'name-en-country' | 'domain' | 'name-en';

/** What the duplicate rule reads of an exhibitor or an imported row. */
export type Identity = Pick<Exhibitor, 'externalId' | 'name' | 'country' | 'website'> & { contact: Pick<Exhibitor['contact'], 'email'> };

export type MatchTarget = { kind: 'existing'; exhibitorId: string } | { kind: 'row'; row: number; exhibitorId: string };

export interface DuplicateMatch {
  target: MatchTarget;
  reasons: MatchReason[];
  strong: boolean;
}

/** Free and national mail services: a shared domain there says nothing about the company. */
const PUBLIC_MAIL = new Set([
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', '139.com', '189.cn', 'aliyun.com', 'tom.com', '21cn.com',
  'gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.com.sg', 'yahoo.co.th', 'yahoo.com.vn', 'icloud.com',
  'me.com', 'aol.com', 'mail.com', 'proton.me', 'protonmail.com', 'yandex.com', 'naver.com', 'hanmail.net', 'ymail.com', 'rocketmail.com',
]);

/** Company domains of a record: its e-mail domains (free mail excluded) and its website's host. */
export function companyDomains(id: Identity): string[] {
  const out = new Set<string>();
  for (const email of id.contact.email.split(/[;,；，\s]+/)) {
    const at = email.lastIndexOf('@');
    if (at < 0) continue;
    const d = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
    if (d.includes('.') && !PUBLIC_MAIL.has(d)) out.add(d.replace(/^www\./, ''));
  }
  const site = id.website.trim().toLowerCase();
  if (site) {
    const host = site.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#:]/)[0]!.replace(/^www\./, '');
    if (host.includes('.') && !PUBLIC_MAIL.has(host)) out.add(host);
  }
  return [...out];
}

/**
 * Index keys of a record. Strong keys (`x` id, `z` Chinese name, `c` English name + country,
 * `d` domain) hold few records each; the English name alone (`e`, and `n` for records without
 * a Chinese name) is only consulted when nothing strong matched, and then only its first fit,
 * since generic names ("Smart Technology Co., Ltd.") are shared by hundreds of companies.
 */
function keysOf(id: Identity): { strong: string[]; en: string; zh: string } {
  const strong: string[] = [];
  const ext = normalizeKey(id.externalId);
  if (ext) strong.push(`x:${ext}`);
  const zh = normalizeKey(id.name.zh);
  if (zh) strong.push(`z:${zh}`);
  const en = normalizeKey(id.name.en);
  for (const d of companyDomains(id)) strong.push(`d:${d}`);
  return { strong, en, zh };
}

/** Candidates looked at per English-name key: enough to find a fit, bounded for names hundreds share. */
const EN_CANDIDATES = 64;

/** Why `row` and `other` look like one company, strongest reasons first; empty when they do not. */
export function matchReasons(row: Identity, other: Identity): { reasons: MatchReason[]; strong: boolean } {
  const extA = normalizeKey(row.externalId);
  const extB = normalizeKey(other.externalId);
  if (extA && extB) return extA === extB ? { reasons: ['external-id'], strong: true } : { reasons: [], strong: false };
  const zhA = normalizeKey(row.name.zh);
  const zhB = normalizeKey(other.name.zh);
  if (zhA && zhB && zhA !== zhB) return { reasons: [], strong: false };
  const reasons: MatchReason[] = [];
  if (zhA && zhA === zhB) reasons.push('name-zh');
  const enA = normalizeKey(row.name.en);
  const sameEn = enA.length > 0 && enA === normalizeKey(other.name.en);
  if (sameEn && row.country === other.country) reasons.push('name-en-country');
  const domainsB = new Set(companyDomains(other));
  if (companyDomains(row).some((d) => domainsB.has(d))) reasons.push('domain');
  if (reasons.length) return { reasons, strong: true };
  if (sameEn) return { reasons: ['name-en'], strong: false };
  return { reasons: [], strong: false };
}

/**
 * Exhibitors of the show and rows taken so far, looked up by the keys the rule compares;
 * each lookup checks its candidates with `matchReasons`, so the index only narrows the search.
 */
export class DuplicateIndex {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byTarget = new Map<string, Entry>();

  constructor(doc?: Project, opts: { only?: (ex: Exhibitor) => boolean } = {}) {
    if (doc) for (const ex of Object.values(doc.exhibitors)) if (!opts.only || opts.only(ex)) this.add(ex, { kind: 'existing', exhibitorId: ex.id });
  }

  private put(key: string, entry: Entry): void {
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    const list = this.byKey.get(key);
    if (list) list.push(entry);
    else this.byKey.set(key, [entry]);
  }

  /** Adds a record, or refreshes what the index knows of a target already in it (after a merge changed it). */
  add(id: Identity, target: MatchTarget): void {
    const tk = target.exhibitorId ? `id:${target.exhibitorId}` : `row:${target.kind === 'row' ? target.row : ''}`;
    let entry = this.byTarget.get(tk);
    if (entry) entry.id = id;
    else this.byTarget.set(tk, (entry = { id, target, keys: new Set() }));
    const k = keysOf(id);
    for (const key of k.strong) this.put(key, entry);
    if (k.en) {
      this.put(`c:${k.en}|${id.country}`, entry);
      this.put(`e:${k.en}`, entry);
      // A record without a Chinese name is the only kind a row with one can match by English name.
      if (!k.zh) {
        this.put(`c0:${k.en}|${id.country}`, entry);
        this.put(`n:${k.en}`, entry);
      }
    }
  }

  /** The best match for a record: strong before weak, then more reasons, then the earliest added. */
  find(id: Identity): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    const seen = new Set<Entry>();
    const k = keysOf(id);
    const lists = k.strong.map((key) => this.byKey.get(key) ?? []);
    if (k.en) lists.push((this.byKey.get(k.zh ? `c0:${k.en}|${id.country}` : `c:${k.en}|${id.country}`) ?? []).slice(0, EN_CANDIDATES));
    for (const list of lists) {
      for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        const m = matchReasons(id, c.id);
        if (!m.strong) continue;
        if (!best || m.reasons.length > best.reasons.length) best = { target: c.target, ...m };
      }
    }
    if (best || !k.en) return best;
    // Weak: the English name alone, with a record whose Chinese name cannot contradict.
    for (const c of (this.byKey.get(k.zh ? `n:${k.en}` : `e:${k.en}`) ?? []).slice(0, EN_CANDIDATES)) {
      const m = matchReasons(id, c.id);
      if (m.reasons.length) return { target: c.target, ...m };
    }
    return null;
  }
}

interface Entry {
  id: Identity;
  target: MatchTarget;
  keys: Set<string>;
}
