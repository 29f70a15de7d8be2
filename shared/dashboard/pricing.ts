import { shapeArea } from '../geometry/polygon';
import type { Booth, RateCard } from '../model/entities';

/** The rate-card premium for a booth's derived type (inline and enclosed booths have none). */
export function typePremium(booth: Pick<Booth, 'type'>, rateCard: RateCard): number {
  switch (booth.type) {
    case 'corner':
      return rateCard.premiums.corner;
    case 'peninsula':
      return rateCard.premiums.peninsula;
    case 'island':
      return rateCard.premiums.island;
    default:
      return 0;
  }
}

/**
 * A booth's price in the project currency: its override when set, otherwise
 * price per m² for its kind × area × (1 + premium for corner, peninsula or island).
 */
export function boothPrice(booth: Booth, rateCard: RateCard, area = shapeArea(booth.shape)): number {
  if (booth.priceOverride !== null) return booth.priceOverride;
  return rateCard.perSqm[booth.kind] * area * (1 + typePremium(booth, rateCard));
}
