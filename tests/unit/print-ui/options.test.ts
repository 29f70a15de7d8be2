import { describe, expect, it } from 'vitest';
import { layoutPrint } from '../../../shared/print/layout';
import { defaultPrintForm, hallsWithoutBooths, outputBaseName, toPrintOptions } from '../../../renderer/print/options';
import { parsePrintHash, printHash } from '../../../renderer/print/route';
import { buildPrintJob } from '../../../electron/main/print-job';
import { buildPrintFixture } from '../../print/fixture';

const project = buildPrintFixture();
const hallIds = Object.values(project.halls)
  .sort((a, b) => a.order - b.order)
  .map((h) => h.id);

describe('print dialog options → print engine options', () => {
  it('defaults to every hall on A3, fitted, both names, chrome on, no directory', () => {
    const o = toPrintOptions(defaultPrintForm(project, 'en'), project);
    expect(o).toMatchObject({ halls: hallIds, paper: 'A3', orientation: 'auto', margins: 10, scale: 'fit', colouring: 'status', labels: 'both', language: 'en', directorySort: 'name-en', logo: null });
    expect(o.include).toEqual({ titleBlock: true, legend: true, northArrow: true, scaleBar: true, directory: false, venueDrawing: false });
    expect(defaultPrintForm(project, 'zh-CN').directorySort).toBe('pinyin');
  });

  it('maps A3 landscape, one hall, both names and the directory to pages with a directory', () => {
    const form = { ...defaultPrintForm(project, 'zh-CN'), halls: ['h_1'], orientation: 'landscape' as const, directory: true };
    const o = toPrintOptions(form, project);
    expect(o).toMatchObject({ halls: ['h_1'], paper: 'A3', orientation: 'landscape', labels: 'both', include: { directory: true } });
    const r = layoutPrint(project, o);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pages[0]).toMatchObject({ kind: 'plan', widthMm: 420, heightMm: 297, hallId: 'h_1' });
    expect(r.pages.some((p) => p.kind === 'directory')).toBe(true);
  });

  it('keeps the show order of halls whatever order they were ticked in', () => {
    const form = { ...defaultPrintForm(project, 'en'), halls: [...hallIds].reverse() };
    expect(toPrintOptions(form, project).halls).toEqual(hallIds);
  });

  it('passes a custom paper, a fixed scale and margins; the engine tiles a poster', () => {
    const form = { ...defaultPrintForm(project, 'en'), halls: ['h_2'], paper: 'custom' as const, customWidthMm: 300, customHeightMm: 200, scaleMode: 'fixed' as const, scaleDenominator: 100, marginMm: 5 };
    const o = toPrintOptions(form, project);
    expect(o).toMatchObject({ paper: { w: 300, h: 200 }, scale: 100, margins: 5 });
    const r = layoutPrint(project, o);
    if (!r.ok) throw new Error(r.error.message);
    const tiles = r.halls[0]!.tiles!;
    expect(tiles.cols * tiles.rows).toBeGreaterThan(1);
    expect(r.pages.filter((p) => p.kind === 'tile')).toHaveLength(tiles.cols * tiles.rows);
  });

  it('drops the logo when the title block is off', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    expect(toPrintOptions({ ...defaultPrintForm(project, 'en'), logo }, project).logo).toBe(logo);
    expect(toPrintOptions({ ...defaultPrintForm(project, 'en'), logo, titleBlock: false }, project).logo).toBeNull();
  });

  it('an empty selection is an error the dialog shows; a hall without booths is named', () => {
    const r = layoutPrint(project, toPrintOptions({ ...defaultPrintForm(project, 'en'), halls: [] }, project));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no-halls-selected');
    const empty = hallsWithoutBooths(project, hallIds);
    expect(empty).toHaveLength(1);
    expect(hallsWithoutBooths(project, ['h_1'])).toEqual([]);
    // Printed anyway, as an outline with a note.
    const printed = layoutPrint(project, toPrintOptions({ ...defaultPrintForm(project, 'en'), halls: empty }, project));
    expect(printed.ok && printed.pages.length).toBe(1);
  });

  it('an out-of-range custom paper is refused with the engine code', () => {
    const r = layoutPrint(project, toPrintOptions({ ...defaultPrintForm(project, 'en'), paper: 'custom', customWidthMm: 20, customHeightMm: 20 }, project));
    expect(!r.ok && r.error.code).toBe('invalid-paper');
  });
});

describe('print route', () => {
  it('round-trips options through the hash, leaving the logo out of the URL', () => {
    const o = toPrintOptions({ ...defaultPrintForm(project, 'en'), halls: ['h_1'], logo: 'data:image/png;base64,AAAA' }, project);
    const hash = printHash(o, { autoPrint: true });
    expect(hash.startsWith('#/print?')).toBe(true);
    expect(hash).not.toContain('base64');
    const parsed = parsePrintHash(hash);
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.route).toEqual({ options: { ...o, logo: undefined }, logo: true, autoPrint: true });
  });

  it('refuses a hash with missing or malformed options', () => {
    expect(parsePrintHash('#/print').ok).toBe(false);
    expect(parsePrintHash('#/print?opts=%7Bnot json').ok).toBe(false);
    expect(parsePrintHash(`#/print?opts=${encodeURIComponent(JSON.stringify({ halls: ['h_1'], paper: 'B5' }))}`).ok).toBe(false);
  });
});

describe('desktop print job', () => {
  it('builds the same sheets as one scriptless HTML document with a file name', () => {
    const o = toPrintOptions({ ...defaultPrintForm(project, 'en'), halls: ['h_1'] }, project);
    const job = buildPrintJob(project, o);
    if (!job.ok) throw new Error(job.error.code);
    const r = layoutPrint(project, o);
    expect(job.value.pages).toBe(r.ok ? r.pages.length : -1);
    expect(job.value.html).not.toMatch(/<script/i);
    expect(job.value.fileName).toMatch(/-A1\.pdf$/);
    expect(job.value.fileName).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('answers unknown-handle without a show and io with the engine message for bad options', () => {
    expect(buildPrintJob(null, { halls: ['h_1'], paper: 'A3' })).toEqual({ ok: false, error: { code: 'unknown-handle' } });
    const bad = buildPrintJob(project, { halls: [], paper: 'A3' });
    expect(!bad.ok && bad.error.details?.[0]).toMatch(/^no-halls-selected/);
  });

  it('file names are safe for every OS', () => {
    const p = { ...project, settings: { ...project.settings, name: { zh: '展会', en: 'A/B: "Expo"\u0007' } } };
    expect(outputBaseName(p, 'en')).toBe('A B Expo');
    expect(outputBaseName(p, 'zh-CN')).toBe('展会');
  });
});
