import { encodePoints, VECTOR_LIMITS, type VectorDrawing } from './compact';
import { aciToHex } from './colours';
import { DRAWN_KINDS, flatten } from './flatten';
import { DxfLimitError, readDxf } from './read-dxf';
import { asciiPairs, binaryPairs, DxfFormatError, isBinaryDxf, textEncodingOf, type Pair, type ReadCursor } from './tokens';
import { unitOfInsUnits, type DrawingUnit } from './units';

/** Caps that keep a hostile or huge file from hanging or exhausting the import. */
export interface DxfLimits {
  maxBytes: number;
  /** Entities read from the file (block definitions included). */
  maxEntities: number;
  /** Entities drawn once blocks are expanded. */
  maxDrawn: number;
  /** Blocks in blocks deeper than this are not drawn. */
  maxDepth: number;
  maxMillis: number;
}

export const DXF_LIMITS: DxfLimits = { maxBytes: 64 * 1024 * 1024, maxEntities: 500_000, maxDrawn: 1_000_000, maxDepth: 16, maxMillis: 30_000 };

export type DxfErrorCode = 'too-large' | 'dwg' | 'not-dxf' | 'corrupt' | 'truncated' | 'too-many-entities' | 'too-many-points' | 'timeout' | 'empty';
export interface DxfError {
  code: DxfErrorCode;
  detail?: string;
  limit?: number;
}

export type DxfImportResult = { ok: true; drawing: VectorDrawing } | { ok: false; error: DxfError };

export interface DxfImportOptions {
  limits?: Partial<DxfLimits>;
  /** Units when the file declares none (the dialog asks; until then millimetres, the CAD default). */
  fallbackUnits?: DrawingUnit;
  sourceName?: string;
  now?: () => number;
  /** 0…1 as the import advances; called a few hundred times at most. */
  onProgress?: (fraction: number) => void;
}

/** What a file's first bytes say it is. */
export function sniffCad(bytes: Uint8Array): 'dxf-binary' | 'dxf-ascii' | 'dwg' | 'other' {
  if (isBinaryDxf(bytes)) return 'dxf-binary';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  if (/^AC10\d\d/.test(head) || /^AC1\.\d/.test(head)) return 'dwg';
  // An ASCII DXF opens with a group code (usually 0 SECTION, or 999 and a comment).
  if (/^\uFEFF?\s*(0|999)\s*\r?\n/.test(head) || /^\uFEFF?\s*0\s*\r?\n\s*SECTION/.test(head)) return 'dxf-ascii';
  return 'other';
}

/**
 * A DXF (ASCII or binary, R12 to 2018) to the drawing Pavilion stores. Pure and synchronous:
 * the renderer runs it in a Worker it can terminate, the stress suite runs it in a Node
 * worker. Every failure is a result with a code, never an exception.
 */
export function importDxf(bytes: Uint8Array, opts: DxfImportOptions = {}): DxfImportResult {
  const limits = { ...DXF_LIMITS, ...opts.limits };
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const checkTime = () => {
    if (now() - started > limits.maxMillis) throw new DxfLimitError('timeout', limits.maxMillis);
  };
  if (bytes.length > limits.maxBytes) return { ok: false, error: { code: 'too-large', limit: limits.maxBytes } };
  const kind = sniffCad(bytes);
  if (kind === 'dwg') return { ok: false, error: { code: 'dwg' } };
  if (kind === 'other') return { ok: false, error: { code: 'not-dxf' } };
  try {
    const cursor: ReadCursor = { pos: 0 };
    let pairs: Iterable<Pair>;
    let total: number;
    if (kind === 'dxf-binary') {
      const dec = new TextDecoder('utf-8');
      pairs = binaryPairs(bytes, (b) => dec.decode(b), cursor);
      total = bytes.length;
    } else {
      const text = new TextDecoder(textEncodingOf(bytes)).decode(bytes);
      pairs = asciiPairs(text, cursor);
      total = text.length;
    }
    let n = 0;
    const onPair = opts.onProgress
      ? () => {
          if ((++n & 0x3fff) === 0) opts.onProgress!(0.8 * (cursor.pos / Math.max(1, total)));
        }
      : undefined;
    const raw = readDxf(pairs, { maxEntities: limits.maxEntities, checkTime, onPair });
    if (!raw.complete) return { ok: false, error: { code: 'truncated', detail: 'the file ends inside a section' } };
    opts.onProgress?.(0.8);

    const layerIndex = new Map<string, number>();
    const layerNames: string[] = [];
    const layerOf = (name: string) => {
      let i = layerIndex.get(name);
      if (i === undefined) {
        i = layerNames.length;
        layerIndex.set(name, i);
        layerNames.push(name);
      }
      return i;
    };
    const pathLayer: number[] = [];
    const pathClosed: (0 | 1)[] = [];
    const pathCount: number[] = [];
    let xy = new Float64Array(1 << 16);
    let used = 0;
    const texts: VectorDrawing['texts'] = [];
    const textPts: number[] = [];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const grow = (x: number, y: number) => {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    };
    const report = flatten(
      raw,
      {
        path(layer, pts, closed) {
          if (pathCount.length >= VECTOR_LIMITS.maxPaths || used + pts.length > VECTOR_LIMITS.maxPoints * 2) throw new DxfLimitError('too-many-entities', VECTOR_LIMITS.maxPoints);
          if (used + pts.length > xy.length) {
            const next = new Float64Array(Math.max(xy.length * 2, used + pts.length));
            next.set(xy.subarray(0, used));
            xy = next;
          }
          for (let i = 0; i < pts.length; i += 2) grow(pts[i]!, pts[i + 1]!);
          xy.set(pts, used);
          used += pts.length;
          pathLayer.push(layerOf(layer));
          pathClosed.push(closed ? 1 : 0);
          pathCount.push(pts.length / 2);
        },
        text(layer, x, y, h, rotation, align, s) {
          if (texts.length >= VECTOR_LIMITS.maxTexts) return;
          grow(x, y);
          texts.push({ l: layerOf(layer), x, y, h, r: 0 - rotation, a: align, s });
          textPts.push(x, y);
        },
      },
      { maxDepth: limits.maxDepth, maxDrawn: limits.maxDrawn, checkTime },
    );
    opts.onProgress?.(0.95);
    if (pathCount.length === 0 && texts.length === 0) return { ok: false, error: { code: 'empty' } };

    // Drawing units from the top-left corner, y down.
    const out = new Float32Array(used);
    for (let i = 0; i < used; i += 2) {
      out[i] = xy[i]! - minX;
      out[i + 1] = maxY - xy[i + 1]!;
    }
    for (const t of texts) {
      t.x -= minX;
      t.y = maxY - t.y;
    }
    const notDrawn: Record<string, number> = {};
    const drawnKinds = new Set<string>(DRAWN_KINDS);
    for (const [k, c] of Object.entries(raw.kinds)) if (!drawnKinds.has(k)) notDrawn[k.slice(0, 64)] = c;
    const skipped: Record<string, number> = { ...report.skipped } as Record<string, number>;
    if (raw.unreadable) skipped.unreadable = raw.unreadable;
    const fileUnits = unitOfInsUnits(raw.insUnits);
    const drawing: VectorDrawing = {
      format: 'pavilion-drawing',
      version: 1,
      units: fileUnits ?? opts.fallbackUnits ?? 'mm',
      unitsFromFile: fileUnits !== null,
      width: maxX - minX,
      height: maxY - minY,
      origin: [minX, maxY],
      layers: layerNames.map((name) => {
        const l = raw.layers.get(name);
        return { name: name.slice(0, 255), color: l ? (l.rgb !== null ? `#${l.rgb.toString(16).padStart(6, '0')}` : aciToHex(l.aci)) : '#000000', off: l ? l.off || l.frozen : false };
      }),
      paths: { layer: pathLayer, closed: pathClosed, count: pathCount, xy: encodePoints(out) },
      texts,
      summary: { kinds: Object.fromEntries(Object.entries(raw.kinds).map(([k, v]) => [k.slice(0, 64), v])), notDrawn, skipped, acadVersion: raw.acadVersion?.slice(0, 16) ?? null, sourceName: (opts.sourceName ?? '').slice(0, 255) },
    };
    opts.onProgress?.(1);
    return { ok: true, drawing };
  } catch (e) {
    if (e instanceof DxfLimitError) return { ok: false, error: { code: e.code, limit: e.limit } };
    if (e instanceof DxfFormatError) return { ok: false, error: { code: e.code, detail: e.message } };
    if (e instanceof RangeError) return { ok: false, error: { code: 'too-many-entities', detail: e.message } };
    return { ok: false, error: { code: 'corrupt', detail: e instanceof Error ? e.message : String(e) } };
  }
}
