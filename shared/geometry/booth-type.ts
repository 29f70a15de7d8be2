import type { BoothType } from '../model/entities';

/**
 * The trade's names for how exposed a booth is: one open side is inline, two corner,
 * three peninsula, four (or more, for polygons) island; none means enclosed.
 */
export function boothTypeFromOpenSides(openSides: number, edgeCount = 4): BoothType {
  if (openSides <= 0) return 'enclosed';
  if (openSides >= edgeCount || openSides >= 4) return 'island';
  if (openSides === 1) return 'inline';
  if (openSides === 2) return 'corner';
  return 'peninsula';
}
