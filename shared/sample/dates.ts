const DAY = 86_400_000;

/** Milliseconds since the epoch for a `YYYY-MM-DD` at midnight UTC. */
export function dateMs(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(dateMs(isoDate) + days * DAY).toISOString().slice(0, 10);
}

/** An instant `days` days (and `seconds` seconds) after midnight UTC of `isoDate`. */
export function instant(isoDate: string, days: number, seconds = 0): string {
  return new Date(dateMs(isoDate) + days * DAY + seconds * 1000).toISOString();
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(dateMs(s)).toISOString().slice(0, 10) === s;
}
