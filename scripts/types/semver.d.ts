/**
 * The part of `semver` (present through the dev tooling, shipped without types) that
 * scripts/lockfile-check.ts uses; written here rather than installing @types/semver.
 */
declare module 'semver' {
  interface RangeOptions {
    loose?: boolean;
    includePrerelease?: boolean;
  }
  export function valid(version: string): string | null;
  export function validRange(range: string): string | null;
  export function satisfies(version: string, range: string, options?: RangeOptions): boolean;
  const semver: { valid: typeof valid; validRange: typeof validRange; satisfies: typeof satisfies };
  export default semver;
}
