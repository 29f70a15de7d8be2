import { kindOf } from './tokens';

/**
 * A small DXF writer (ASCII or binary, R12 layout with R2000 group codes): tests, the stress
 * suite and the benchmark write their drawings with it, so every case is generated, not stored.
 */
export class DxfWriter {
  private readonly pairs: [number, string | number][] = [];
  private readonly layers = new Map<string, number>();
  private readonly blocks: [number, string | number][][] = [];
  private current: [number, string | number][];

  constructor(private readonly opts: { insUnits?: number | null; version?: string; codepage?: string } = {}) {
    this.current = this.pairs;
  }

  layer(name: string, aci: number): this {
    this.layers.set(name, aci);
    return this;
  }

  /** Entities added until `endBlock()` go into the block definition. */
  block(name: string, x = 0, y = 0): this {
    const b: [number, string | number][] = [[0, 'BLOCK'], [8, '0'], [2, name], [70, 0], [10, x], [20, y], [30, 0], [3, name]];
    this.blocks.push(b);
    this.current = b;
    return this;
  }

  endBlock(): this {
    this.current.push([0, 'ENDBLK'], [8, '0']);
    this.current = this.pairs;
    return this;
  }

  raw(...pairs: [number, string | number][]): this {
    this.current.push(...pairs);
    return this;
  }

  line(layer: string, x1: number, y1: number, x2: number, y2: number): this {
    return this.raw([0, 'LINE'], [8, layer], [10, x1], [20, y1], [30, 0], [11, x2], [21, y2], [31, 0]);
  }

  /** Points as [x, y] or [x, y, bulge]. */
  lwpolyline(layer: string, pts: number[][], closed: boolean): this {
    this.raw([0, 'LWPOLYLINE'], [8, layer], [90, pts.length], [70, closed ? 1 : 0]);
    for (const p of pts) {
      this.raw([10, p[0]!], [20, p[1]!]);
      if (p[2]) this.raw([42, p[2]]);
    }
    return this;
  }

  /** The R12 form: POLYLINE, VERTEX…, SEQEND. */
  polyline(layer: string, pts: number[][], closed: boolean): this {
    this.raw([0, 'POLYLINE'], [8, layer], [66, 1], [10, 0], [20, 0], [30, 0], [70, closed ? 1 : 0]);
    for (const p of pts) {
      this.raw([0, 'VERTEX'], [8, layer], [10, p[0]!], [20, p[1]!], [30, 0]);
      if (p[2]) this.raw([42, p[2]]);
    }
    return this.raw([0, 'SEQEND'], [8, layer]);
  }

  circle(layer: string, x: number, y: number, r: number): this {
    return this.raw([0, 'CIRCLE'], [8, layer], [10, x], [20, y], [30, 0], [40, r]);
  }

  arc(layer: string, x: number, y: number, r: number, a0: number, a1: number): this {
    return this.raw([0, 'ARC'], [8, layer], [10, x], [20, y], [30, 0], [40, r], [50, a0], [51, a1]);
  }

  ellipse(layer: string, x: number, y: number, mx: number, my: number, ratio: number, t0 = 0, t1 = Math.PI * 2): this {
    return this.raw([0, 'ELLIPSE'], [8, layer], [10, x], [20, y], [30, 0], [11, mx], [21, my], [31, 0], [40, ratio], [41, t0], [42, t1]);
  }

  spline(layer: string, degree: number, knots: number[], cps: number[][]): this {
    this.raw([0, 'SPLINE'], [8, layer], [70, 8], [71, degree], [72, knots.length], [73, cps.length], [74, 0]);
    for (const k of knots) this.raw([40, k]);
    for (const p of cps) this.raw([10, p[0]!], [20, p[1]!], [30, 0]);
    return this;
  }

  text(layer: string, x: number, y: number, h: number, s: string, rotation = 0): this {
    return this.raw([0, 'TEXT'], [8, layer], [10, x], [20, y], [30, 0], [40, h], [1, s], [50, rotation]);
  }

  /** Centred TEXT: the alignment point (11/21) is where it is anchored. */
  centredText(layer: string, x: number, y: number, h: number, s: string): this {
    return this.raw([0, 'TEXT'], [8, layer], [10, x], [20, y], [30, 0], [40, h], [1, s], [72, 1], [11, x], [21, y], [31, 0], [73, 2]);
  }

  mtext(layer: string, x: number, y: number, h: number, s: string): this {
    return this.raw([0, 'MTEXT'], [8, layer], [10, x], [20, y], [30, 0], [40, h], [71, 5], [1, s]);
  }

  solid(layer: string, pts: number[][]): this {
    this.raw([0, 'SOLID'], [8, layer]);
    pts.forEach((p, i) => this.raw([10 + i, p[0]!], [20 + i, p[1]!], [30 + i, 0]));
    return this;
  }

  /** A HATCH with one polyline boundary (its pattern is not drawn by Pavilion). */
  hatch(layer: string, pts: number[][]): this {
    this.raw([0, 'HATCH'], [8, layer], [10, 0], [20, 0], [30, 0], [210, 0], [220, 0], [230, 1], [2, 'SOLID'], [70, 1], [71, 0], [91, 1], [92, 3], [72, 0], [73, 1], [93, pts.length]);
    for (const p of pts) this.raw([10, p[0]!], [20, p[1]!]);
    return this.raw([97, 0], [75, 0], [76, 1], [98, 0]);
  }

  /** A HATCH whose boundary is edges: a line and a counter-clockwise arc closing a half disc. */
  hatchHalfDisc(layer: string, x: number, y: number, r: number): this {
    this.raw([0, 'HATCH'], [8, layer], [10, 0], [20, 0], [30, 0], [2, 'SOLID'], [70, 1], [71, 0], [91, 1], [92, 1], [93, 2]);
    this.raw([72, 1], [10, x + r], [20, y], [11, x - r], [21, y]);
    this.raw([72, 2], [10, x], [20, y], [40, r], [50, 180], [51, 360], [73, 1]);
    return this.raw([97, 0], [75, 0], [76, 1], [98, 0]);
  }

  insert(layer: string, block: string, x: number, y: number, o: { sx?: number; sy?: number; rotation?: number; cols?: number; rows?: number; dc?: number; dr?: number } = {}): this {
    this.raw([0, 'INSERT'], [8, layer], [2, block], [10, x], [20, y], [30, 0]);
    if (o.sx !== undefined) this.raw([41, o.sx]);
    if (o.sy !== undefined) this.raw([42, o.sy]);
    if (o.rotation !== undefined) this.raw([50, o.rotation]);
    if (o.cols !== undefined) this.raw([70, o.cols]);
    if (o.rows !== undefined) this.raw([71, o.rows]);
    if (o.dc !== undefined) this.raw([44, o.dc]);
    if (o.dr !== undefined) this.raw([45, o.dr]);
    return this;
  }

  private all(): [number, string | number][] {
    const out: [number, string | number][] = [[0, 'SECTION'], [2, 'HEADER'], [9, '$ACADVER'], [1, this.opts.version ?? 'AC1015']];
    if (this.opts.codepage) out.push([9, '$DWGCODEPAGE'], [3, this.opts.codepage]);
    if (this.opts.insUnits !== null && this.opts.insUnits !== undefined) out.push([9, '$INSUNITS'], [70, this.opts.insUnits]);
    out.push([0, 'ENDSEC'], [0, 'SECTION'], [2, 'TABLES'], [0, 'TABLE'], [2, 'LAYER'], [70, this.layers.size]);
    for (const [name, aci] of this.layers) out.push([0, 'LAYER'], [2, name], [70, 0], [62, aci], [6, 'CONTINUOUS']);
    out.push([0, 'ENDTAB'], [0, 'ENDSEC'], [0, 'SECTION'], [2, 'BLOCKS']);
    // Pair by pair: spreading a drawing of 100,000 entities into push() overflows the stack.
    for (const b of this.blocks) for (const p of b) out.push(p);
    out.push([0, 'ENDSEC'], [0, 'SECTION'], [2, 'ENTITIES']);
    for (const p of this.pairs) out.push(p);
    out.push([0, 'ENDSEC'], [0, 'EOF']);
    return out;
  }

  /** ASCII DXF text. */
  toString(): string {
    const lines: string[] = [];
    for (const [c, v] of this.all()) lines.push(String(c).padStart(3, ' '), typeof v === 'number' ? String(v) : v);
    return lines.join('\r\n') + '\r\n';
  }

  /** ASCII DXF bytes in an encoding (e.g. GBK for a Chinese R2000 drawing), given an encoder. */
  toBytes(encode: (s: string) => Uint8Array = (s) => new TextEncoder().encode(s)): Uint8Array {
    return encode(this.toString());
  }

  /** Binary DXF (R13+ layout: two-byte group codes). */
  toBinary(): Uint8Array {
    const chunks: number[] = [];
    for (const ch of 'AutoCAD Binary DXF\r\n\x1a\0') chunks.push(ch.charCodeAt(0));
    const enc = new TextEncoder();
    const b8 = new DataView(new ArrayBuffer(8));
    for (const [c, v] of this.all()) {
      chunks.push(c & 255, (c >> 8) & 255);
      const k = kindOf(c);
      if (k === 'double') {
        b8.setFloat64(0, Number(v), true);
        for (let i = 0; i < 8; i++) chunks.push(b8.getUint8(i));
      } else if (k === 'int16') {
        b8.setInt16(0, Number(v), true);
        chunks.push(b8.getUint8(0), b8.getUint8(1));
      } else if (k === 'int32') {
        b8.setInt32(0, Number(v), true);
        for (let i = 0; i < 4; i++) chunks.push(b8.getUint8(i));
      } else if (k === 'bool') chunks.push(Number(v) & 255);
      else {
        for (const byte of enc.encode(String(v))) chunks.push(byte);
        chunks.push(0);
      }
    }
    return Uint8Array.from(chunks);
  }
}
