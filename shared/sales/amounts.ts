import { exhibitorIndex } from '../assignment/by-exhibitor';
import { boothPrice } from '../dashboard/pricing';
import type { Exhibitor } from '../model/entities';
import type { Project } from '../model/project';

export interface SaleFigures {
  /** The rate-card price of the exhibitor's assigned, held and reserved booths. */
  rateCard: number;
  /** What the sale is worth: the agreed amount, else the rate-card price; 0 once cancelled. */
  expected: number;
  invoiced: number;
  paid: number;
  /** Invoiced but not yet paid. */
  outstanding: number;
}

/**
 * An exhibitor's money in the show currency. The rate card gives the starting amount; an
 * agreed amount on the sale replaces it.
 */
export function saleFigures(doc: Project, ex: Exhibitor): SaleFigures {
  const index = exhibitorIndex(doc);
  const mine = index.byExhibitor.get(ex.id);
  let rateCard = 0;
  for (const b of [...(mine?.assigned ?? []), ...(mine?.claimed ?? [])]) rateCard += boothPrice(b, doc.settings.rateCard, index.area.get(b.id));
  const sale = ex.sale;
  const expected = sale.stage === 'cancelled' ? 0 : (sale.amount ?? rateCard);
  return { rateCard, expected, invoiced: sale.invoiced, paid: sale.paid, outstanding: Math.max(0, sale.invoiced - sale.paid) };
}

export interface SalesTotals {
  expected: number;
  invoiced: number;
  paid: number;
  /** Exhibitors per stage. */
  byStage: Record<string, number>;
}

/** Totals over the show: expected vs invoiced vs paid, and how many exhibitors are at each stage. */
export function salesTotals(doc: Project): SalesTotals {
  const t: SalesTotals = { expected: 0, invoiced: 0, paid: 0, byStage: {} };
  for (const ex of Object.values(doc.exhibitors)) {
    const f = saleFigures(doc, ex);
    t.expected += f.expected;
    t.invoiced += f.invoiced;
    t.paid += f.paid;
    t.byStage[ex.sale.stage] = (t.byStage[ex.sale.stage] ?? 0) + 1;
  }
  return t;
}
