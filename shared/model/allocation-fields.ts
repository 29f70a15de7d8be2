import { z } from 'zod';
import { IsoDate } from './primitives';

export const SPONSOR_LEVELS = ['none', 'bronze', 'silver', 'gold', 'platinum'] as const;
export const SponsorLevel = z.enum(SPONSOR_LEVELS);
export type SponsorLevel = z.infer<typeof SponsorLevel>;

/** A booth an exhibitor had at the last edition, by number and by position (the layout may have moved). */
export const PreviousBooth = z.object({
  number: z.string().min(1).max(32),
  hallCode: z.string().max(16).default(''),
  /** Centre of the booth in hall metres, or null when unknown. */
  x: z.number().finite().nullable().default(null),
  y: z.number().finite().nullable().default(null),
});
export type PreviousBooth = z.infer<typeof PreviousBooth>;

/** What the allocation reads about one exhibitor besides its request; every field has a default. */
export const ExhibitorAllocation = z.object({
  yearsExhibited: z.number().int().min(0).max(200).default(0),
  sponsorship: SponsorLevel.default('none'),
  /** The day the deposit was paid; earlier wins ties. */
  depositDate: IsoDate.nullable().default(null),
  /** Replaces the computed priority points when set. */
  priorityOverride: z.number().finite().nullable().default(null),
  /** Booths held at the last edition, offered first to a returning exhibitor. */
  previousBooths: z.array(PreviousBooth).max(50).default([]),
  wantsCorner: z.boolean().default(false),
  wantsIsland: z.boolean().default(false),
});
export type ExhibitorAllocation = z.infer<typeof ExhibitorAllocation>;

export const EXHIBITOR_ALLOCATION_DEFAULT: ExhibitorAllocation = {
  yearsExhibited: 0,
  sponsorship: 'none',
  depositDate: null,
  priorityOverride: null,
  previousBooths: [],
  wantsCorner: false,
  wantsIsland: false,
};

/** The organizer's priority rules and the hard rules' parameters. */
export const AllocationSettings = z.object({
  points: z
    .object({
      perYearExhibited: z.number().finite().min(0).default(5),
      /** Points per m² requested. */
      perSqm: z.number().finite().min(0).default(0.2),
      sponsorship: z
        .object({
          bronze: z.number().finite().min(0).default(10),
          silver: z.number().finite().min(0).default(20),
          gold: z.number().finite().min(0).default(35),
          platinum: z.number().finite().min(0).default(50),
        })
        .default({ bronze: 10, silver: 20, gold: 35, platinum: 50 }),
      /** Points for a deposit paid (any date). */
      deposit: z.number().finite().min(0).default(10),
    })
    .default({ perYearExhibited: 5, perSqm: 0.2, sponsorship: { bronze: 10, silver: 20, gold: 35, platinum: 50 }, deposit: 10 }),
  /** Relative slack on the requested area, e.g. 0.15 = ±15 %. */
  areaTolerance: z.number().finite().min(0).max(1).default(0.15),
  /** Competitors may not stand within this many booth-neighbour steps (1 = touching). */
  competitorHops: z.number().int().min(0).max(20).default(2),
});
export type AllocationSettings = z.infer<typeof AllocationSettings>;

export const ALLOCATION_SETTINGS_DEFAULT: AllocationSettings = {
  points: { perYearExhibited: 5, perSqm: 0.2, sponsorship: { bronze: 10, silver: 20, gold: 35, platinum: 50 }, deposit: 10 },
  areaTolerance: 0.15,
  competitorHops: 2,
};
