import { describe, expect, it } from 'vitest';
import { layoutPrint, type PrintOptions } from '../../../shared/print/layout';
import { printDocumentHtml } from '../../../shared/print/document';
import { shortBoothNumber } from '../../../shared/print/hall-plan';
import { buildPrintFixture, XSS_NAME } from '../../print/fixture';

const project = buildPrintFixture();

function ok(options: PrintOptions) {
  const r = layoutPrint(project, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

describe('layoutPrint', () => {
  it('makes an A3 landscape page sized in mm with a mm viewBox', () => {
    const r = ok({ halls: ['h_1'], paper: 'A3', orientation: 'landscape' });
    expect(r.pages).toHaveLength(r.unlabelled.length ? 2 : 1);
    const svg = r.pages[0]!.svg;
    expect(svg).toMatch(/^<svg [^>]*width="420mm" height="297mm" viewBox="0 0 420 297"/);
    expect(r.pages[0]).toMatchObject({ kind: 'plan', widthMm: 420, heightMm: 297, hallId: 'h_1' });
    expect(svg).toContain("font-family=\"'Noto Sans', 'Noto Sans CJK SC'");
    expect(svg).toContain('Noto Sans Thai');
    expect(svg).toContain('sans-serif');
  });

  it('supports every paper, both orientations and custom sizes', () => {
    for (const paper of ['A4', 'A3', 'A2', 'A1', 'A0', 'Letter', 'Tabloid'] as const) {
      const portrait = ok({ halls: ['h_1'], paper, orientation: 'portrait', include: { titleBlock: true } }).pages[0]!;
      expect(portrait.widthMm).toBeLessThan(portrait.heightMm);
      const landscape = ok({ halls: ['h_1'], paper, orientation: 'landscape' }).pages[0]!;
      expect(landscape.widthMm).toBeGreaterThan(landscape.heightMm);
    }
    const custom = ok({ halls: ['h_1'], paper: { w: 900, h: 600 }, orientation: 'landscape' }).pages[0]!;
    expect(custom.svg).toContain('width="900mm" height="600mm"');
    // auto follows the hall: hall 1 is wider than deep.
    expect(ok({ halls: ['h_1'], paper: 'A4' }).pages[0]!.widthMm).toBe(297);
  });

  it('reports the round scale it chose when fitting', () => {
    const r = ok({ halls: ['h_1'], paper: 'A3', orientation: 'landscape' });
    const scale = r.halls[0]!.scale;
    expect(r.pages[0]!.svg).toContain(`1:${scale}`);
    // The hall (72 m wide) must fit within the sheet at that scale.
    expect((72 * 1000) / scale).toBeLessThan(420);
  });

  it('tiles a poster larger than the sheet, with crop marks and sheet indexes', () => {
    const r = ok({ halls: ['h_2'], paper: 'A3', orientation: 'landscape', scale: 100, language: 'en' });
    const tiles = r.pages.filter((p) => p.kind === 'tile');
    const grid = r.halls[0]!.tiles!;
    expect(grid.cols).toBeGreaterThan(1);
    expect(tiles).toHaveLength(grid.cols * grid.rows);
    expect(tiles[0]!.svg).toContain('class="crop-marks"');
    expect(tiles[0]!.svg).toContain(`A1 of ${grid.cols}×${grid.rows}`);
    expect(tiles[grid.cols + 1]!.svg).toContain(`B2 of ${grid.cols}×${grid.rows}`);
    expect(tiles[0]!.svg).toContain('Overlaps the next sheet by 10 mm');
    // Every tile has its own clip path id.
    const ids = tiles.map((t) => /clipPath id="([^"]+)"/.exec(t.svg)![1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints an empty hall as its outline with a note', () => {
    const zh = ok({ halls: ['h_3'], paper: 'A4' });
    expect(zh.pages).toHaveLength(1);
    expect(zh.pages[0]!.svg).toContain('本展馆尚无展位');
    expect(zh.pages[0]!.svg).toContain('class="hall-outline"');
    expect(ok({ halls: ['h_3'], paper: 'A4', language: 'en' }).pages[0]!.svg).toContain('No booths in this hall yet');
  });

  it('explains an empty or wrong selection instead of throwing', () => {
    const none = layoutPrint(project, { halls: [], paper: 'A3' });
    expect(none).toMatchObject({ ok: false, error: { code: 'no-halls-selected' } });
    const unknown = layoutPrint(project, { halls: ['h_1', 'nope'], paper: 'A3', language: 'en' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-halls', halls: ['nope'] } });
    expect(!unknown.ok && unknown.error.message).toContain('nope');
    expect(layoutPrint(project, { halls: ['h_1'], paper: { w: 10, h: 10 } })).toMatchObject({ ok: false, error: { code: 'invalid-paper' } });
    expect(layoutPrint(project, { halls: ['h_1'], paper: 'A3', scale: -5 })).toMatchObject({ ok: false, error: { code: 'invalid-scale' } });
    expect(layoutPrint(project, { halls: ['h_1'], paper: 'A4', margins: 120 })).toMatchObject({ ok: false, error: { code: 'invalid-margins' } });
  });

  it('shows a number where a name does not fit, lists booths without even a number, and adds the directory when asked', () => {
    const r = ok({ halls: ['h_1'], paper: 'A4', orientation: 'landscape', language: 'en' });
    expect(r.unnamed.length).toBeGreaterThan(0);
    expect(r.warnings).toContainEqual({ code: 'names-by-number-only', count: new Set(r.unnamed.map((u) => u.exhibitorId)).size });
    // Every booth whose name did not fit carries its number: no list of names after the plan.
    expect(r.unlabelled).toEqual([]);
    expect(r.pages.filter((p) => p.kind === 'unlabelled')).toEqual([]);
    for (const u of r.unnamed) expect(r.pages[0]!.svg).toMatch(new RegExp(`data-label-for="${u.boothId}"[^>]*>(<text[^>]*>[^<]*</text>)+</g>`));
    // At a minimum type too large for the smallest booths, those are listed after the plans.
    const tight = ok({ halls: ['h_1'], paper: 'A4', orientation: 'landscape', minFontMm: 6, language: 'en' });
    expect(tight.unlabelled.length).toBeGreaterThan(0);
    const list = tight.pages.filter((p) => p.kind === 'unlabelled');
    expect(list.length).toBeGreaterThan(0);
    expect(tight.warnings).toContainEqual({ code: 'names-moved-to-directory', count: new Set(tight.unlabelled.map((u) => u.exhibitorId)).size });
    const withDir = ok({ halls: ['h_1', 'h_2'], paper: 'A3', include: { directory: true } });
    const dir = withDir.pages.filter((p) => p.kind === 'directory');
    expect(dir.length).toBeGreaterThan(0);
    expect(dir[0]!.svg).toContain('展商名录');
    expect(dir[dir.length - 1]!.svg).toContain(`第 ${dir.length} 页，共 ${dir.length} 页`);
  });

  it('shortens a number to drop its hall prefix only where the full number does not fit', () => {
    expect(shortBoothNumber('A1-101', 'A1')).toBe('101');
    expect(shortBoothNumber('A1 101', 'A1')).toBe('101');
    expect(shortBoothNumber('A10-101', 'A1')).toBe('');
    expect(shortBoothNumber('B-7', 'A1')).toBe('');
    expect(shortBoothNumber('A1-', 'A1')).toBe('');
  });

  it('never prints a booth name onto another booth: names that do not fit leave only the number', () => {
    const r = ok({ halls: ['h_1'], paper: 'A4', orientation: 'landscape', minFontMm: 3, language: 'en' });
    const plan = r.pages[0]!.svg;
    const kiosk = /<g data-label-for="b_1_kiosk"[^>]*>(.*?)<\/g>/.exec(plan);
    // The 1 × 1 m kiosk cannot hold a 3 mm name at this scale.
    if (kiosk) expect(kiosk[1]).not.toContain('Baidu');
    expect([...r.unlabelled, ...r.unnamed].some((u) => u.boothId === 'b_1_kiosk')).toBe(true);
  });

  it('escapes every text: a hostile exhibitor name appears literally', () => {
    const r = ok({ halls: ['h_1', 'h_2'], paper: 'A1', include: { directory: true }, language: 'en' });
    const all = r.pages.map((p) => p.svg).join('\n');
    expect(all).not.toContain(XSS_NAME);
    expect(all).not.toContain('<img');
    expect(all).not.toContain('<script');
    expect(all).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reports the scripts used so the dialog can check fonts', () => {
    const r = ok({ halls: ['h_1'], paper: 'A3' });
    expect(r.scripts).toEqual(expect.arrayContaining(['Latin', 'Vietnamese', 'Han']));
  });

  it('embeds only data: image logos', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const good = ok({ halls: ['h_1'], paper: 'A3', logo: png });
    expect(good.pages[0]!.svg).toContain(`xlink:href="${png}"`);
    const bad = ok({ halls: ['h_1'], paper: 'A3', logo: 'https://example.com/logo.png' });
    expect(bad.pages[0]!.svg).not.toContain('example.com');
    expect(bad.warnings).toContainEqual({ code: 'logo-ignored' });
  });

  it('wraps pages in a print document with one named @page size per sheet size', () => {
    const a = ok({ halls: ['h_1'], paper: 'A3', orientation: 'landscape' }).pages;
    const b = ok({ halls: ['h_1'], paper: 'A4', orientation: 'portrait' }).pages;
    const html = printDocumentHtml([...a, ...b], '<Plan>');
    expect(html).toContain('@page s0{size:420mm 297mm;margin:0}');
    expect(html).toContain('size:210mm 297mm');
    expect(html).toContain('<title>&lt;Plan&gt;</title>');
    expect(html).not.toContain('<script');
    expect((html.match(/<div class="sheet /g) ?? []).length).toBe(a.length + b.length);
  });

  it('lays out a 7,500-booth show in a few seconds', async () => {
    const { generateShow } = await import('../../../shared/sample');
    const big = generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 3 });
    const halls = Object.values(big.halls).map((h) => h.id);
    const t0 = performance.now();
    const r = layoutPrint(big, { halls, paper: 'A1', labels: 'both' });
    const ms = performance.now() - t0;
    expect(r.ok).toBe(true);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);
});
