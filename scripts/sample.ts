/**
 * Writes a generated show: `npm run sample -- --halls 15 --booths 7500 --exhibitors 3500 --seed 1 --out show.pavilion.json`
 * (seed 1 and `sample-<booths>.pavilion.json` in the current folder when not given).
 * The file is written exactly as the app saves it (indented below 2,000 booths, compact above),
 * with its site's master plan beside it in `<name>.assets/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serializeProject } from '../electron/services/project-format';
import { assetsDirFor } from '../electron/services/assets';
import { validateProject } from '../shared/model/load';
import { GenerateOptionsError, generateShow, type GenerateShowOptions } from '../shared/sample/generate';
import { PRESETS } from '../shared/sample/presets';
import { sampleAssetFiles } from '../shared/sample/site-drawing';

const USAGE = `usage: npm run sample -- --halls H --booths N --exhibitors E [--seed S (default 1)] [--out FILE (default sample-N.pavilion.json)]
         [--assigned SHARE] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--today YYYY-MM-DD]
         [--name-zh TEXT] [--name-en TEXT] [--no-history]
       npm run sample -- --preset ${Object.keys(PRESETS).join('|')} --out FILE`;

export class UsageError extends Error {}

function whole(name: string, v: string | undefined, signed = false): number {
  if (v === undefined) throw new UsageError(`--${name} is required`);
  if (!(signed ? /^-?\d+$/ : /^\d+$/).test(v)) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return Number(v);
}

/** Reads the command line; throws UsageError with the reason (empty for --help). */
export function parseSampleArgs(argv: string[]): { options: GenerateShowOptions; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        halls: { type: 'string' },
        booths: { type: 'string' },
        exhibitors: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        assigned: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        today: { type: 'string' },
        'name-zh': { type: 'string' },
        'name-en': { type: 'string' },
        'no-history': { type: 'boolean' },
        preset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) throw new UsageError('');
  const out = values.out;
  if (values.preset !== undefined) {
    if (!out) throw new UsageError('--out is required');
    const preset = PRESETS[values.preset];
    if (!preset) throw new UsageError(`unknown preset "${values.preset}" (known: ${Object.keys(PRESETS).join(', ')})`);
    const extra = Object.keys(values).filter((k) => k !== 'preset' && k !== 'out');
    if (extra.length > 0) throw new UsageError(`--preset takes no other options (got --${extra.join(', --')})`);
    return { options: { ...preset }, out };
  }
  const options: GenerateShowOptions = {
    halls: whole('halls', values.halls),
    booths: whole('booths', values.booths),
    exhibitors: whole('exhibitors', values.exhibitors),
    // The same show every time unless asked otherwise: a figure measured on it can be compared.
    seed: values.seed === undefined ? 1 : whole('seed', values.seed, true),
  };
  if (values.assigned !== undefined) {
    const share = Number(values.assigned);
    if (values.assigned.trim() === '' || !Number.isFinite(share)) throw new UsageError(`--assigned must be a number from 0 to 1, got "${values.assigned}"`);
    options.assignedShare = share;
  }
  if (values.start !== undefined) options.start = values.start;
  if (values.end !== undefined) options.end = values.end;
  if (values.today !== undefined) options.today = values.today;
  if (values['name-zh'] !== undefined || values['name-en'] !== undefined) {
    options.name = { zh: values['name-zh'] ?? values['name-en'] ?? '', en: values['name-en'] ?? values['name-zh'] ?? '' };
  }
  if (values['no-history']) options.history = false;
  return { options, out: out ?? `sample-${options.booths}.pavilion.json` };
}

function main(): number {
  let args: { options: GenerateShowOptions; out: string };
  try {
    args = parseSampleArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`sample: ${e.message}`);
    console.error(USAGE);
    return 2;
  }
  const t0 = performance.now();
  let project;
  try {
    // A generated show stands on a site with its master plan under it, unless told otherwise.
    project = generateShow({ siteDrawing: true, ...args.options });
  } catch (e) {
    if (!(e instanceof GenerateOptionsError)) throw e;
    console.error(`sample: ${e.message}`);
    console.error(USAGE);
    return 2;
  }
  const check = validateProject(project);
  if (!check.ok) {
    console.error(`sample: the generated show does not validate (a generator bug):\n  ${check.problems.join('\n  ')}`);
    return 1;
  }
  const text = serializeProject(project);
  const out = resolve(args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const files = sampleAssetFiles(project);
  if (files.length > 0) mkdirSync(assetsDirFor(out), { recursive: true });
  for (const f of files) writeFileSync(join(assetsDirFor(out), f.fileName), f.bytes);
  const booths = Object.values(project.booths);
  const count = (s: string) => booths.filter((b) => b.status === s).length.toLocaleString('en');
  const n = (o: object) => Object.keys(o).length.toLocaleString('en');
  console.log(
    `Wrote ${args.out}: ${n(project.halls)} halls, ${booths.length.toLocaleString('en')} booths ` +
      `(${count('assigned')} assigned, ${count('hold')} on hold, ${count('reserved')} reserved, ${count('blocked')} blocked), ` +
      `${n(project.exhibitors)} exhibitors, ${n(project.zones)} zones, ${n(project.facilities)} facilities, ` +
      `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
