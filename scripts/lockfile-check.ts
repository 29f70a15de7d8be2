/**
 * `npm run lockfile-check`: fails when package-lock.json holds a package version listed in
 * resources/security/known-bad.json (well-known advisories with their affected ranges).
 * `npm audit` cannot reach its service from the build machines, so this committed list is
 * the check that can run everywhere. Exit 0 clean, 1 known-bad versions found, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { z } from 'zod';

const KnownBad = z.object({
  entries: z.array(z.object({ name: z.string().min(1), range: z.string().min(1), advisory: z.string().min(1) })).min(1),
});

const Lockfile = z.object({
  lockfileVersion: z.number().int().min(2),
  packages: z.record(z.string(), z.object({ version: z.string().optional(), name: z.string().optional(), link: z.boolean().optional() }).loose()),
});

export interface Finding {
  name: string;
  version: string;
  /** Where it sits in node_modules (several copies of one package can exist). */
  location: string;
  range: string;
  advisory: string;
}

/** The installed package name of a lockfile key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function packageNameOf(location: string): string | null {
  const i = location.lastIndexOf('node_modules/');
  return i < 0 ? null : location.slice(i + 'node_modules/'.length) || null;
}

/** Known-bad versions in a lockfile (both parsed JSON values). Throws on input of the wrong shape. */
export function findKnownBad(lockJson: unknown, knownBadJson: unknown): Finding[] {
  const lock = Lockfile.parse(lockJson);
  const bad = KnownBad.parse(knownBadJson);
  for (const e of bad.entries) if (!semver.validRange(e.range)) throw new Error(`known-bad.json: "${e.range}" (${e.name}) is not a semver range`);
  const findings: Finding[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (entry.link || !entry.version) continue;
    // An alias (`"x": "npm:y@1"`) is installed under x but is package y.
    const name = entry.name ?? packageNameOf(location);
    if (!name || !semver.valid(entry.version)) continue;
    for (const e of bad.entries) {
      if (e.name === name && semver.satisfies(entry.version, e.range, { includePrerelease: true })) {
        findings.push({ name, version: entry.version, location, range: e.range, advisory: e.advisory });
      }
    }
  }
  return findings.sort((a, b) => a.name.localeCompare(b.name) || a.location.localeCompare(b.location));
}

function main(root: string): number {
  let lock: unknown;
  let knownBad: unknown;
  try {
    lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    knownBad = JSON.parse(readFileSync(join(root, 'resources', 'security', 'known-bad.json'), 'utf8'));
  } catch (e) {
    console.error(`lockfile-check: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  let findings: Finding[];
  try {
    findings = findKnownBad(lock, knownBad);
  } catch (e) {
    console.error(`lockfile-check: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const listed = (KnownBad.parse(knownBad).entries.length);
  const installed = Object.keys(Lockfile.parse(lock).packages).length;
  if (findings.length === 0) {
    console.log(`lockfile-check: ok — ${installed} lockfile entries checked against ${listed} known-bad ranges.`);
    return 0;
  }
  console.log(`lockfile-check: ${findings.length} known-bad package version(s):`);
  for (const f of findings) console.log(`  ${f.name}@${f.version} (${f.location}) is in ${f.range}: ${f.advisory}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.cwd());
