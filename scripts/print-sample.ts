/**
 * Prints a sample show to PDF and publishes it as an interactive map, in both languages:
 *
 *   npx tsx scripts/print-sample.ts [--out DIR] [--paper A3] [--project FILE] [--fixture]
 *
 * The show is FILE, else `resources/samples/expo-sample.pavilion.json`, else one generated
 * with the sample generator; `--fixture` uses the print tests' fixture instead (hostile, long,
 * rotated and L-shaped cases). Writes per language: `plans-<lang>.pdf` (every hall fitted on the
 * paper, then the exhibitor directory), `poster-<lang>.pdf` (the largest hall at 1:100, tiled),
 * and `published-<lang>.html`. PDFs come from Debian's Chromium via playwright-core.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProjectText } from '../shared/model/load';
import type { Project } from '../shared/model/project';
import { layoutPrint, printDocumentHtml, type PrintOptions, type PrintResult } from '../shared/print';
import { PAPER_NAMES, type PaperName } from '../shared/print/paper';
import { buildPublishedMap } from '../shared/publish';
import { EXPO_SAMPLE, generateShow } from '../shared/sample';
import { htmlToPdf, launchChromium } from '../tests/print/chromium';
import { buildPrintFixture } from '../tests/print/fixture';

interface Args {
  out: string;
  paper: PaperName;
  project: string | null;
  fixture: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: join(tmpdir(), 'pavilion-print-sample'), paper: 'A3', project: null, fixture: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') args.out = resolve(value());
    else if (a === '--paper') {
      const p = value();
      if (!(PAPER_NAMES as string[]).includes(p)) throw new Error(`--paper must be one of ${PAPER_NAMES.join(', ')}`);
      args.paper = p as PaperName;
    } else if (a === '--project') args.project = resolve(value());
    else if (a === '--fixture') args.fixture = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function loadShow(args: Args): { project: Project; source: string } {
  if (args.fixture) return { project: buildPrintFixture(), source: 'print test fixture' };
  const file = args.project ?? resolve('resources/samples/expo-sample.pavilion.json');
  if (existsSync(file)) {
    const r = loadProjectText(readFileSync(file, 'utf8'));
    if (!r.ok) throw new Error(`${file}: ${r.error.code}${r.error.problems ? `\n  ${r.error.problems.join('\n  ')}` : ''}`);
    return { project: r.project, source: file };
  }
  if (args.project) throw new Error(`${file} does not exist`);
  return { project: generateShow(EXPO_SAMPLE), source: 'sample generator (expo-sample preset)' };
}

function pagesOrThrow(r: PrintResult): Extract<PrintResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { project, source } = loadShow(args);
  mkdirSync(args.out, { recursive: true });
  const halls = Object.values(project.halls)
    .sort((a, b) => a.order - b.order)
    .map((h) => h.id);
  const largest = Object.values(project.halls)
    .map((h) => ({ id: h.id, n: Object.values(project.booths).filter((b) => b.hallId === h.id).length }))
    .sort((a, b) => b.n - a.n)[0]?.id;
  console.log(`show: ${project.settings.name.en || project.settings.name.zh} (${source}), ${halls.length} halls`);

  const browser = await launchChromium();
  try {
    for (const language of ['zh-CN', 'en'] as const) {
      const tag = language === 'en' ? 'en' : 'zh';
      const jobs: [string, PrintOptions][] = [
        [`plans-${tag}`, { halls, paper: args.paper, language, include: { directory: true } }],
      ];
      if (largest) jobs.push([`poster-${tag}`, { halls: [largest], paper: args.paper, orientation: 'landscape', scale: 100, language }]);
      for (const [name, options] of jobs) {
        const t0 = performance.now();
        const r = pagesOrThrow(layoutPrint(project, options));
        const laid = performance.now() - t0;
        const html = printDocumentHtml(r.pages, name);
        const pdf = join(args.out, `${name}.pdf`);
        await htmlToPdf(browser, html, join(args.out, `${name}.html`), pdf);
        const info = r.halls.map((h) => `1:${h.scale}${h.tiles ? ` ${h.tiles.cols}×${h.tiles.rows}` : ''}`).join(', ');
        console.log(`${pdf}: ${r.pages.length} pages (${info}) laid out in ${Math.round(laid)} ms; scripts ${r.scripts.join(', ')}; ${r.unlabelled.length} booths without room for a name`);
        for (const w of r.warnings) console.log(`  warning: ${w.code}`);
      }
      const published = join(args.out, `published-${tag}.html`);
      writeFileSync(published, buildPublishedMap(project, { language }));
      console.log(published);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
