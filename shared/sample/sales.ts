import { exhibitorIndex } from '../assignment/by-exhibitor';
import { boothPrice } from '../dashboard/pricing';
import type { RateCard, SalesStage } from '../model/entities';
import type { Project } from '../model/project';
import { OPEN_STAGES, stageRank } from '../sales/stages';
import { addDays } from './dates';
import type { Rng } from './random';

/**
 * Sales that agree with the booths: exhibitors with assigned booths have signed (some have paid
 * a deposit or in full), those with only holds or reservations are approved or have a contract
 * out, the rest applied, were approved, or cancelled. Money follows the rate card; dates fall
 * before `today`, in stage order. Changes the exhibitors in place.
 */
export function addSales(rng: Rng, doc: Pick<Project, 'booths' | 'assignments' | 'exhibitors'>, rateCard: RateCard, today: string): void {
  const index = exhibitorIndex(doc);
  for (const ex of Object.values(doc.exhibitors)) {
    const mine = index.byExhibitor.get(ex.id);
    let stage: SalesStage;
    if (mine?.assigned.length) stage = rng.weighted([['contract-signed', 3], ['deposit-paid', 4], ['paid-in-full', 3]] as const);
    else if (mine?.claimed.length) stage = rng.weighted([['approved', 1], ['contract-sent', 2]] as const);
    else stage = rng.weighted([['applied', 6], ['approved', 2], ['cancelled', 1]] as const);
    let price = 0;
    for (const b of [...(mine?.assigned ?? []), ...(mine?.claimed ?? [])]) price += boothPrice(b, rateCard, index.area.get(b.id));
    price = Math.round(price);
    // A few exhibitors negotiated a discount off the rate card.
    const amount = price > 0 && rng.chance(0.1) ? Math.round(price * (0.85 + rng.next() * 0.1)) : null;
    const due = amount ?? price;
    const invoiced = stageRank(stage) >= stageRank('contract-signed') ? due : 0;
    const paid = stage === 'paid-in-full' ? due : stage === 'deposit-paid' ? Math.round(due * 0.3) : 0;
    const dates = { ...ex.sale.dates };
    const reached = stage === 'cancelled' ? OPEN_STAGES.slice(0, rng.int(1, 2)) : OPEN_STAGES.slice(0, stageRank(stage) + 1);
    let day = addDays(today, -rng.int(60, 200));
    for (const s of reached) {
      dates[s] = day;
      day = addDays(day, rng.int(3, 20));
    }
    if (stage === 'cancelled') dates.cancelled = day;
    ex.sale = { ...ex.sale, stage, amount, invoiced, paid, dates, reference: invoiced > 0 ? `CT-${ex.id.slice(-6).toUpperCase()}` : '' };
  }
}
