import { ADJACENCY_TOLERANCE } from '../geometry/adjacency';
import { bboxOf, shapePolygon, type BBox } from '../geometry/polygon';
import type { Booth } from '../model/entities';
import type { Point } from '../model/primitives';

export interface AdjacencyOptions {
  /**
   * Largest gap in metres between two parallel edges that still counts as shared. The default
   * (ADJACENCY_TOLERANCE, 5 cm, as for open sides) means touching booths; set it to the aisle width to count booths facing each other
   * across an aisle as neighbours too.
   */
  gap?: number;
  /** Shortest common length in metres; booths touching only at a corner are not neighbours. */
  minOverlap?: number;
}

const CELL = 5;

interface Prepared {
  poly: Point[];
  box: BBox;
}

/** True when some edge of `p` runs along some edge of `q` within `gap` for at least `minOverlap`. */
export function shareEdge(p: readonly Point[], q: readonly Point[], gap: number, minOverlap: number): boolean {
  for (let i = 0; i < p.length; i++) {
    const [ax, ay] = p[i]!;
    const [bx, by] = p[(i + 1) % p.length]!;
    const len = Math.hypot(bx - ax, by - ay);
    if (len < 1e-9) continue;
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    for (let j = 0; j < q.length; j++) {
      const [cx, cy] = q[j]!;
      const [dx, dy] = q[(j + 1) % q.length]!;
      const vlen = Math.hypot(dx - cx, dy - cy);
      if (vlen < 1e-9) continue;
      // Parallel within about half a degree.
      if (Math.abs(ux * (dy - cy) - uy * (dx - cx)) / vlen > 0.01) continue;
      const distC = ux * (cy - ay) - uy * (cx - ax);
      const distD = ux * (dy - ay) - uy * (dx - ax);
      if (Math.abs(distC) > gap || Math.abs(distD) > gap) continue;
      const tc = (cx - ax) * ux + (cy - ay) * uy;
      const td = (dx - ax) * ux + (dy - ay) * uy;
      const lo = Math.max(0, Math.min(tc, td));
      const hi = Math.min(len, Math.max(tc, td));
      if (hi - lo >= minOverlap) return true;
    }
  }
  return false;
}

/**
 * The booth neighbour graph: two booths of one hall are neighbours when they share an edge
 * (see AdjacencyOptions). Built lazily per hall on a uniform grid, so asking about one hall of
 * a 7,500-booth show touches only that hall.
 */
export class BoothAdjacency {
  private readonly byHall = new Map<string, Booth[]>();
  private readonly grids = new Map<string, Map<string, string[]>>();
  private readonly prepared = new Map<string, Prepared>();
  private readonly memo = new Map<string, string[]>();
  private readonly gap: number;
  private readonly minOverlap: number;

  constructor(
    private readonly booths: Readonly<Record<string, Booth>>,
    opts: AdjacencyOptions = {},
  ) {
    this.gap = opts.gap ?? ADJACENCY_TOLERANCE;
    this.minOverlap = opts.minOverlap ?? 0.1;
    for (const b of Object.values(booths)) {
      let list = this.byHall.get(b.hallId);
      if (!list) this.byHall.set(b.hallId, (list = []));
      list.push(b);
    }
  }

  private prep(b: Booth): Prepared {
    let p = this.prepared.get(b.id);
    if (!p) {
      const poly = shapePolygon(b.shape);
      this.prepared.set(b.id, (p = { poly, box: bboxOf(poly) }));
    }
    return p;
  }

  private cells(box: BBox, pad: number): string[] {
    const out: string[] = [];
    const x0 = Math.floor((box.minX - pad) / CELL);
    const x1 = Math.floor((box.maxX + pad) / CELL);
    const y0 = Math.floor((box.minY - pad) / CELL);
    const y1 = Math.floor((box.maxY + pad) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(`${x},${y}`);
    return out;
  }

  private grid(hallId: string): Map<string, string[]> {
    let g = this.grids.get(hallId);
    if (g) return g;
    g = new Map();
    for (const b of this.byHall.get(hallId) ?? []) {
      for (const key of this.cells(this.prep(b).box, 0)) {
        let list = g.get(key);
        if (!list) g.set(key, (list = []));
        list.push(b.id);
      }
    }
    this.grids.set(hallId, g);
    return g;
  }

  /** Ids of the booths sharing an edge with this one. */
  neighbours(boothId: string): string[] {
    const hit = this.memo.get(boothId);
    if (hit) return hit;
    const booth = this.booths[boothId];
    if (!booth) return [];
    const me = this.prep(booth);
    const grid = this.grid(booth.hallId);
    const seen = new Set<string>([boothId]);
    const out: string[] = [];
    for (const key of this.cells(me.box, this.gap)) {
      for (const id of grid.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.prep(this.booths[id]!);
        const b = other.box;
        if (b.minX > me.box.maxX + this.gap || b.maxX < me.box.minX - this.gap) continue;
        if (b.minY > me.box.maxY + this.gap || b.maxY < me.box.minY - this.gap) continue;
        if (shareEdge(me.poly, other.poly, this.gap, this.minOverlap)) out.push(id);
      }
    }
    this.memo.set(boothId, out);
    return out;
  }

  /**
   * The fewest neighbour steps from any of `from` to any of `to`, if at most `maxHops`
   * (1 = the booths touch, 2 = one booth between them). Null when farther or in another hall.
   */
  distance(from: Iterable<string>, to: ReadonlySet<string>, maxHops: number): { hops: number; from: string; to: string } | null {
    const origin = new Map<string, string>();
    let frontier: string[] = [];
    for (const id of from) {
      if (origin.has(id)) continue;
      if (to.has(id)) return { hops: 0, from: id, to: id };
      origin.set(id, id);
      frontier.push(id);
    }
    for (let hops = 1; hops <= maxHops && frontier.length; hops++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of this.neighbours(id)) {
          if (origin.has(n)) continue;
          origin.set(n, origin.get(id)!);
          if (to.has(n)) return { hops, from: origin.get(id)!, to: n };
          next.push(n);
        }
      }
      frontier = next;
    }
    return null;
  }
}
