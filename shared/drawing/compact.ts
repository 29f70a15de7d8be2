import { z } from 'zod';
import { HexColor } from '../model/primitives';
import { base64ToBytes, bytesToBase64 } from './base64';
import { DRAWING_UNITS } from './units';

/** The mime type of a vector venue drawing kept beside a show. */
export const VECTOR_DRAWING_MIME = 'application/vnd.pavilion.drawing+json';
/** First characters of every stored vector drawing (how the host recognises one). */
export const VECTOR_DRAWING_SIGNATURE = '{"format":"pavilion-drawing"';

/** Caps on a stored drawing: what the canvas can still draw and the host still checks quickly. */
export const VECTOR_LIMITS = { maxPaths: 1_000_000, maxPoints: 2_000_000, maxTexts: 200_000, maxLayers: 4096 } as const;

const Count = z.number().int().min(0);

/**
 * A venue drawing as Pavilion keeps it (`<id>.drawing.json` in the show's assets folder): the
 * DXF flattened once at import into polylines and texts, so opening a show never parses the
 * DXF again. Coordinates are drawing units from the drawing's top-left corner, y down (like an
 * image's pixels), so a hall background maps them to metres with `metresPerPixel` = metres per
 * unit. Points are little-endian float32 pairs in base64; float32 keeps 0.1 mm over 1 km.
 */
export const VectorDrawing = z
  .object({
    format: z.literal('pavilion-drawing'),
    version: z.literal(1),
    /** Units the coordinates are in (from `$INSUNITS`, or picked by the user at import). */
    units: z.enum(DRAWING_UNITS),
    unitsFromFile: z.boolean(),
    width: z.number().finite().min(0),
    height: z.number().finite().min(0),
    /** Where the top-left corner lay in the DXF's own coordinates (x left, y top). */
    origin: z.tuple([z.number().finite(), z.number().finite()]),
    layers: z.array(z.object({ name: z.string().max(255), color: HexColor, off: z.boolean() })).max(VECTOR_LIMITS.maxLayers),
    paths: z.object({
      /** Per path: its layer (index into `layers`), closed (1) or open (0), number of points. */
      layer: z.array(Count).max(VECTOR_LIMITS.maxPaths),
      closed: z.array(z.union([z.literal(0), z.literal(1)])).max(VECTOR_LIMITS.maxPaths),
      count: z.array(z.number().int().min(2)).max(VECTOR_LIMITS.maxPaths),
      xy: z.string().max(VECTOR_LIMITS.maxPoints * 12),
    }),
    texts: z
      .array(
        z.object({
          l: Count,
          x: z.number().finite(),
          y: z.number().finite(),
          /** Height, drawing units. */
          h: z.number().finite().positive(),
          /** Degrees clockwise on screen. */
          r: z.number().finite(),
          /** Anchor as row·3 + column (rows top, middle, bottom; columns left, centre, right). */
          a: z.number().int().min(0).max(8),
          s: z.string().max(2000),
        }),
      )
      .max(VECTOR_LIMITS.maxTexts),
    /** What the import found: entities by kind, kinds not drawn, entities skipped and why. */
    summary: z.object({
      kinds: z.record(z.string().max(64), Count),
      notDrawn: z.record(z.string().max(64), Count),
      skipped: z.record(z.string().max(64), Count),
      acadVersion: z.string().max(16).nullable(),
      sourceName: z.string().max(255),
    }),
  })
  .strict();
export type VectorDrawing = z.infer<typeof VectorDrawing>;

/** The points of a drawing as one float32 array (x, y, x, y, …). */
export function decodePoints(d: VectorDrawing): Float32Array | null {
  const bytes = base64ToBytes(d.paths.xy);
  if (!bytes || bytes.length % 8 !== 0) return null;
  // Copy so the array is aligned whatever the decoder returned.
  const buf = new ArrayBuffer(bytes.length);
  new Uint8Array(buf).set(bytes);
  return new Float32Array(buf);
}

export function encodePoints(xy: Float32Array): string {
  return bytesToBase64(new Uint8Array(xy.buffer, xy.byteOffset, xy.byteLength));
}

/**
 * Checks a drawing beyond its shape: the arrays agree, every layer index exists, the points
 * are exactly as many as the counts say and all finite. Null when sound, else the first problem.
 */
export function drawingProblem(d: VectorDrawing): string | null {
  const n = d.paths.count.length;
  if (d.paths.layer.length !== n || d.paths.closed.length !== n) return 'path arrays differ in length';
  const L = d.layers.length;
  let points = 0;
  for (let i = 0; i < n; i++) {
    if (d.paths.layer[i]! >= L) return `path ${i} names layer ${d.paths.layer[i]} of ${L}`;
    points += d.paths.count[i]!;
  }
  if (points > VECTOR_LIMITS.maxPoints) return `more than ${VECTOR_LIMITS.maxPoints} points`;
  for (const t of d.texts) if (t.l >= L) return 'a text names a missing layer';
  const xy = decodePoints(d);
  if (!xy) return 'points are not base64 float32 pairs';
  if (xy.length !== points * 2) return `points: ${xy.length / 2} stored, ${points} counted`;
  for (let i = 0; i < xy.length; i++) if (!Number.isFinite(xy[i]!)) return 'a point is not a finite number';
  return null;
}

/** Parses and checks a stored drawing's text. */
export function parseVectorDrawing(text: string): { ok: true; drawing: VectorDrawing } | { ok: false; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'not JSON' };
  }
  const r = VectorDrawing.safeParse(json);
  if (!r.success) return { ok: false, detail: r.error.issues[0] ? `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}` : 'invalid' };
  const problem = drawingProblem(r.data);
  return problem ? { ok: false, detail: problem } : { ok: true, drawing: r.data };
}

/** The stored text: `format` first, so the host can recognise the file by its first bytes. */
export function serializeVectorDrawing(d: VectorDrawing): string {
  const { format, ...rest } = d;
  return JSON.stringify({ format, ...rest });
}
