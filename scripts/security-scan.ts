/**
 * `npm run security`: a static scan of the built Electron app with Electronegativity
 * (@doyensec/electronegativity), which runs without the Electron binary. It always exits 0
 * itself, so this reads its CSV, prints a summary, and fails on any HIGH finding not
 * excluded below with a reason. Needs `npm run build` first (`dist/`, `dist-electron/`).
 * Exit 0 clean, 1 HIGH findings, 2 could not scan.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { createMainWindowOptions } from '../electron/main/window';

export interface ScanFinding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  sample: string;
  description: string;
}

/** A finding judged a false positive: matched narrowly, and only while `holds` is still true. */
interface Exclusion {
  issue: string;
  matches: (f: ScanFinding) => boolean;
  /** Checked at scan time, so the exclusion lapses if the code it relies on changes. */
  holds: () => boolean;
  why: string;
}

const EXCLUSIONS: Exclusion[] = [
  {
    // Electronegativity only sees literal option objects; ours come from
    // createMainWindowOptions (electron/main/window.ts), checked here and in
    // tests/unit/electron/window.test.ts.
    issue: 'CONTEXT_ISOLATION_JS_CHECK',
    matches: (f) => f.filename.endsWith('main.js') && /new BrowserWindow\(createMainWindowOptions\(/.test(f.sample),
    holds: () => {
      const prefs = createMainWindowOptions('/preload.cjs').webPreferences ?? {};
      return prefs.contextIsolation === true && prefs.sandbox === true && prefs.nodeIntegration === false && prefs.webSecurity === true;
    },
    why: 'the window options come from createMainWindowOptions, which sets contextIsolation, sandbox and webSecurity true and nodeIntegration false (verified now)',
  },
];

/** Reads Electronegativity's CSV (header `issue, severity, …`, quoted fields). */
export function parseFindings(csv: string): ScanFinding[] {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  return parsed.data.map((row) => ({
    issue: row.issue ?? '',
    severity: (row.severity ?? '').toUpperCase(),
    confidence: row.confidence ?? '',
    filename: row.filename ?? '',
    location: row.location ?? '',
    sample: row.sample ?? '',
    description: row.description ?? '',
  }));
}

/** HIGH findings split into those that fail the scan and those excluded (with the reason). */
export function judge(findings: ScanFinding[], exclusions: readonly Exclusion[] = EXCLUSIONS): { failing: ScanFinding[]; excluded: { finding: ScanFinding; why: string }[] } {
  const failing: ScanFinding[] = [];
  const excluded: { finding: ScanFinding; why: string }[] = [];
  for (const f of findings.filter((x) => x.severity === 'HIGH')) {
    const ex = exclusions.find((e) => e.issue === f.issue && e.matches(f) && e.holds());
    if (ex) excluded.push({ finding: f, why: ex.why });
    else failing.push(f);
  }
  return { failing, excluded };
}

function main(root: string): number {
  for (const built of ['dist/index.html', 'dist-electron/main.js', 'dist-electron/preload.cjs']) {
    if (!existsSync(join(root, built))) {
      console.error(`security-scan: ${built} is missing; run "npm run build" first.`);
      return 2;
    }
  }
  const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  if (!existsSync(cli)) {
    console.error('security-scan: @doyensec/electronegativity is not installed (npm install -D @doyensec/electronegativity).');
    return 2;
  }
  // The built app as one tree (main, preload and page together, as packaged), so checks that
  // span files (CSP, navigation limits) see all of it.
  const stage = mkdtempSync(join(tmpdir(), 'pavilion-scan-'));
  try {
    for (const part of ['dist', 'dist-electron', 'package.json']) cpSync(join(root, part), join(stage, 'app', part), { recursive: true });
    const csv = join(stage, 'electronegativity.csv');
    const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    const run = spawnSync(process.execPath, [cli, '-i', join(stage, 'app'), '-o', csv, '-r', '-e', electronVersion, '-v', 'false'], {
      cwd: stage,
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    return report(csv, stage, `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function report(csv: string, stage: string, output: string): number {
  if (!existsSync(csv)) {
    console.error(`security-scan: Electronegativity wrote no report.\n${output.slice(-2000)}`);
    return 2;
  }
  const findings = parseFindings(readFileSync(csv, 'utf8'));
  const bySeverity = new Map<string, number>();
  for (const f of findings) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
  console.log(`security-scan: Electronegativity found ${findings.length} item(s): ${['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${bySeverity.get(s) ?? 0} ${s}`).join(', ')}.`);
  for (const f of findings.filter((x) => x.severity !== 'HIGH')) console.log(`  ${f.severity.padEnd(6)} ${f.issue} ${f.filename}:${f.location}`);
  const { failing, excluded } = judge(findings);
  for (const { finding, why } of excluded) console.log(`  HIGH   ${finding.issue} ${finding.filename}:${finding.location} — excluded: ${why}`);
  // Our own check on the build: no code path hands a link to the operating system.
  const bundles = ['dist-electron/main.js', 'dist-electron/preload.cjs'].map((p) => [p, readFileSync(join(stage, 'app', p), 'utf8')] as const);
  const external = bundles.filter(([, text]) => /\bopenExternal\s*\(/.test(text)).map(([p]) => p);
  if (external.length > 0) console.log(`  HIGH   shell.openExternal is called in ${external.join(', ')}`);
  for (const f of failing) console.log(`  HIGH   ${f.issue} ${f.filename}:${f.location} (${f.confidence}): ${f.description}\n         ${f.sample.slice(0, 200)}`);
  if (failing.length > 0 || external.length > 0) {
    console.log(`security-scan: FAILED — ${failing.length + external.length} HIGH finding(s).`);
    return 1;
  }
  console.log('security-scan: ok — no HIGH findings.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.cwd());
