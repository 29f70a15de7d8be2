import { DEFAULT_SALE, EMPTY_SALE_DATES, SALES_STAGES, type Sale, type SalesStage } from '../model/entities';
import type { Bilingual } from '../model/primitives';

/** A fresh sale record at its first stage (a new object each call: records are never shared). */
export function defaultSale(): Sale {
  return { ...DEFAULT_SALE, dates: { ...EMPTY_SALE_DATES } };
}

/** The stages of a live sale, in order; `cancelled` is outside the sequence. */
export const OPEN_STAGES: readonly SalesStage[] = SALES_STAGES.filter((s) => s !== 'cancelled');

/** Position in the sequence (cancelled: -1). */
export function stageRank(stage: SalesStage): number {
  return OPEN_STAGES.indexOf(stage);
}

/** From this stage on the exhibitor has signed: their booths are theirs (assigned, not held). */
export const SIGNED_FROM: SalesStage = 'contract-signed';

export function isSigned(stage: SalesStage): boolean {
  return stageRank(stage) >= stageRank(SIGNED_FROM);
}

/** Stage names for exports and printouts, in both working languages. */
export const STAGE_TEXT: Record<SalesStage, Bilingual> = {
  applied: { zh: '已申请', en: 'Applied' },
  approved: { zh: '已审核', en: 'Approved' },
  'contract-sent': { zh: '合同已发出', en: 'Contract sent' },
  'contract-signed': { zh: '合同已签', en: 'Contract signed' },
  'deposit-paid': { zh: '已付定金', en: 'Deposit paid' },
  'paid-in-full': { zh: '已付全款', en: 'Paid in full' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
