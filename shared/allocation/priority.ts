import type { AllocationSettings } from '../model/allocation-fields';
import type { Exhibitor } from '../model/entities';

export interface PriorityBreakdown {
  points: number;
  /** True when the exhibitor's override replaced the computed points. */
  overridden: boolean;
  parts: { years: number; area: number; sponsorship: number; deposit: number; bonus: number };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Requested area in m²: the area asked for, else booths × 9 m² (one shell-scheme booth). */
export function requestedArea(ex: Exhibitor): number {
  if (ex.requested.areaSqm !== null) return ex.requested.areaSqm;
  return (ex.requested.booths ?? 1) * 9;
}

/**
 * Priority points from the organizer's rules: years exhibited, area booked, sponsorship level,
 * deposit paid, plus the exhibitor's manual bonus (`priority`); an override replaces the sum.
 */
export function priorityOf(ex: Exhibitor, rules: AllocationSettings['points']): PriorityBreakdown {
  const a = ex.allocation;
  const parts = {
    years: round1(a.yearsExhibited * rules.perYearExhibited),
    area: round1(requestedArea(ex) * rules.perSqm),
    sponsorship: a.sponsorship === 'none' ? 0 : rules.sponsorship[a.sponsorship],
    deposit: a.depositDate ? rules.deposit : 0,
    bonus: ex.priority,
  };
  if (a.priorityOverride !== null) return { points: a.priorityOverride, overridden: true, parts };
  return { points: round1(parts.years + parts.area + parts.sponsorship + parts.deposit + parts.bonus), overridden: false, parts };
}

/** How much a placement of this exhibitor counts in the score: 1 at 0 points, 3 at 100. */
export function priorityWeight(points: number): number {
  return 1 + Math.max(0, points) / 50;
}
