import { z } from 'zod';

/**
 * Physical bounds of a show, in metres: every position lies within ±100 km of the origin (a
 * site, not a continent) and every size is at least 1 cm. A finite number like ±1e308 is not a
 * place: drawing it overflows the canvas and crashes the renderer.
 */
export const MAX_COORDINATE = 100_000;
export const MIN_SIZE = 0.01;
export const MAX_SIZE = 2 * MAX_COORDINATE;
/** Angles in degrees: one turn either way (the editor keeps them in [0, 360)). */
export const MAX_ROTATION = 360;
/** Drawing pixels (venue drawings): a 10-million-pixel side is far beyond any scan or render. */
export const MAX_PIXEL = 10_000_000;

/** A position along one axis, in metres. */
export const Coordinate = z.number().min(-MAX_COORDINATE).max(MAX_COORDINATE);
/** A length, width or thickness, in metres. */
export const Size = z.number().min(MIN_SIZE).max(MAX_SIZE);
export const Rotation = z.number().min(-MAX_ROTATION).max(MAX_ROTATION);

/** Whether `v` is a number the schema accepts as a coordinate / size (domain checks before a commit). */
export const isCoordinate = (v: number): boolean => v >= -MAX_COORDINATE && v <= MAX_COORDINATE;
export const isSize = (v: number): boolean => v >= MIN_SIZE && v <= MAX_SIZE;

/** A point in metres, in hall coordinates (x to the right, y down, origin at the hall's top-left). */
export const Point = z.tuple([Coordinate, Coordinate]);
export type Point = z.infer<typeof Point>;

/** A point on a venue drawing, in drawing pixels. */
export const PixelPoint = z.tuple([z.number().min(-MAX_PIXEL).max(MAX_PIXEL), z.number().min(-MAX_PIXEL).max(MAX_PIXEL)]);

/** Text kept in both working languages; either may be empty but both keys are always present. */
export const Bilingual = z.object({
  zh: z.string().max(500),
  en: z.string().max(500),
});
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * Names every plain object inherits (`Object.prototype`'s own properties). An id equal to one
 * of them looks present in any record (`records["constructor"]` is a function), so a reference
 * to it would resolve without an entity behind it: such ids are refused.
 */
export const INHERITED_NAMES = [
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
] as const;

export const ID_PATTERN = new RegExp(`^(?!(?:${INHERITED_NAMES.join('|')})$)[A-Za-z0-9_-]+$`);
export const Id = z.string().min(1).max(64).regex(ID_PATTERN, 'id: letters, digits, _ and - only, and not a reserved name such as "constructor"');
export type Id = z.infer<typeof Id>;

/** Calendar date without time zone, as an organizer writes it on a contract. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD');
/** Instant in UTC, e.g. 2026-11-23T10:00:00.000Z. */
export const IsoDateTime = z.string().datetime({ offset: true });

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour: #rrggbb');

/** Axis-aligned rectangle rotated about its top-left corner, in metres and degrees. */
export const RectShape = z.object({
  type: z.literal('rect'),
  x: Coordinate,
  y: Coordinate,
  w: Size,
  h: Size,
  rotation: Rotation.default(0),
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
  thickness: Size.default(0.2),
});
export type PolylineShape = z.infer<typeof PolylineShape>;

export const AreaShape = z.discriminatedUnion('type', [RectShape, PolygonShape]);
export type AreaShape = z.infer<typeof AreaShape>;
