import { z } from 'zod';

/** A point in metres, in hall coordinates (x to the right, y down, origin at the hall's top-left). */
export const Point = z.tuple([z.number().finite(), z.number().finite()]);
export type Point = z.infer<typeof Point>;

/** Text kept in both working languages; either may be empty but both keys are always present. */
export const Bilingual = z.object({
  zh: z.string().max(500),
  en: z.string().max(500),
});
export type Bilingual = z.infer<typeof Bilingual>;

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id: letters, digits, _ and - only');
export type Id = z.infer<typeof Id>;

/** Calendar date without time zone, as an organizer writes it on a contract. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD');
/** Instant in UTC, e.g. 2026-11-23T10:00:00.000Z. */
export const IsoDateTime = z.string().datetime({ offset: true });

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour: #rrggbb');

/** Axis-aligned rectangle rotated about its top-left corner, in metres and degrees. */
export const RectShape = z.object({
  type: z.literal('rect'),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
  rotation: z.number().finite().default(0),
});
export type RectShape = z.infer<typeof RectShape>;

export const PolygonShape = z.object({
  type: z.literal('polygon'),
  points: z.array(Point).min(3).max(1000),
});
export type PolygonShape = z.infer<typeof PolygonShape>;

export const PolylineShape = z.object({
  type: z.literal('polyline'),
  points: z.array(Point).min(2).max(1000),
  thickness: z.number().finite().positive().default(0.2),
});
export type PolylineShape = z.infer<typeof PolylineShape>;

export const AreaShape = z.discriminatedUnion('type', [RectShape, PolygonShape]);
export type AreaShape = z.infer<typeof AreaShape>;
