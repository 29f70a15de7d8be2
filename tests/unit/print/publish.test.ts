import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPublishedMap, jsonForScript, renderPublishedMap } from '../../../shared/publish/published-map';
import { publicView, publicWebsite } from '../../../shared/publish/public-view';
import { base64, cspHash, hex, sha256 } from '../../../shared/publish/sha256';
import { CLIENT_SCRIPT } from '../../../shared/publish/client-script';
import { buildPrintFixture, PRIVATE_STRINGS, XSS_NAME } from '../../print/fixture';

const project = buildPrintFixture();

describe('sha256', () => {
  it('matches known vectors', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha256(enc('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(enc('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto on any text, including multi-block and non-ASCII (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(cspHash(s)).toBe(`'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
      }),
      { numRuns: 300 },
    );
    const big = 'x'.repeat(100_000);
    expect(base64(sha256(new TextEncoder().encode(big)))).toBe(createHash('sha256').update(big).digest('base64'));
  });
});

describe('publicView', () => {
  it('copies public fields only, by name', () => {
    const v = publicView(project);
    expect(Object.keys(v).sort()).toEqual(['booths', 'exhibitors', 'facilities', 'halls', 'levels', 'show', 'zones']);
    expect(Object.keys(v.show).sort()).toEqual(['end', 'name', 'start', 'venue']);
    for (const l of v.levels) expect(Object.keys(l).sort()).toEqual(['name', 'ordinal']);
    for (const e of v.exhibitors) expect(Object.keys(e).sort()).toEqual(['boothIds', 'country', 'id', 'name', 'sectors', 'shortName', 'website']);
    for (const b of v.booths) expect(Object.keys(b).sort()).toEqual(['exhibitorId', 'hallId', 'id', 'number', 'shape', 'zoneId']);
    for (const z of v.zones) expect(Object.keys(z).sort()).toEqual(['color', 'id', 'kind', 'name']);
    const json = JSON.stringify(v);
    for (const secret of PRIVATE_STRINGS) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/"(status|claim|notes|contact|priceOverride|rateCard|history|requested|competitors|priority)"/);
  });

  it('shows held, reserved and blocked booths exactly like free ones', () => {
    const v = publicView(project);
    for (const b of v.booths) {
      const src = project.booths[b.id]!;
      expect(b.exhibitorId).toBe(src.status === 'assigned' ? project.assignments[b.id]!.exhibitorId : null);
    }
    expect(v.exhibitors.find((e) => e.id === 'ex_prospect')).toBeUndefined();
  });

  it('limits to chosen halls', () => {
    const v = publicView(project, ['h_3']);
    expect(v.halls.map((h) => h.id)).toEqual(['h_3']);
    expect(v.booths).toEqual([]);
    expect(v.exhibitors).toEqual([]);
  });

  it('keeps only http(s) websites', () => {
    expect(publicWebsite('www.cpgroupglobal.com')).toBe('https://www.cpgroupglobal.com/');
    expect(publicWebsite('https://fpt.vn')).toBe('https://fpt.vn/');
    expect(publicWebsite('javascript:alert(1)')).toBe('');
    expect(publicWebsite('data:text/html,<b>')).toBe('');
    expect(publicWebsite('https://user:pw@example.com')).toBe('');
    expect(publicWebsite('not a url')).toBe('');
    expect(publicWebsite('')).toBe('');
  });
});

describe('buildPublishedMap', () => {
  const html = buildPublishedMap(project);

  it('carries a strict CSP whose hash is the inline script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toBe(CLIENT_SCRIPT);
    const digest = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${digest}'`);
  });

  it('uses the injected hash function when given one', () => {
    const custom = buildPublishedMap(project, { scriptHash: () => "'sha256-injected'" });
    expect(custom).toContain('script-src &#39;sha256-injected&#39;');
  });

  it('references nothing outside the file', () => {
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\((?!#)/);
    expect(html).not.toContain('<link');
  });

  it('contains no private data of the project', () => {
    for (const secret of PRIVATE_STRINGS) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/\b(hold|reserved|blocked|available)\b/i);
  });

  it('escapes names in markup and in the data island', () => {
    expect(html).not.toContain(XSS_NAME);
    expect(html).not.toContain('<img');
    // Names reach the page only through the data island: the script writes them as text.
    const island = /<script type="application\/json" id="pv-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(island).not.toMatch(/[<>&]/);
    const data = JSON.parse(island) as { exhibitors: { ne: string[] }; sectors: { zh: string; en: string }[] };
    expect(data.exhibitors.ne).toContain(XSS_NAME);
    expect(data.sectors.some((s) => s.en === '"><script>alert(2)</script>')).toBe(true);
  });

  it('escapes script-ending sequences and line separators in JSON', () => {
    expect(jsonForScript({ a: '</script><!--\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
  });

  it('renders an empty selection as a page that says so', () => {
    const empty = renderPublishedMap({ show: { name: { zh: '展', en: 'Show' }, venue: { zh: '', en: '' }, start: null, end: null }, halls: [], levels: [], zones: [], booths: [], exhibitors: [], facilities: [] }, { language: 'en' });
    expect(empty).toContain('No halls to show.');
  });

  it('adds pinyin so Chinese names can be found by typing Latin letters', () => {
    // Exhibitors are columns in the island: a name and its pinyin share an index.
    const island = JSON.parse(/id="pv-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { exhibitors: { nz: string[]; py: string[] } };
    const py = island.exhibitors.py[island.exhibitors.nz.indexOf('华为技术有限公司')]!;
    expect(py).toContain('huaweijishuyouxiangongsi');
    expect(py).toContain('hwjsyxgs');
  });
});
