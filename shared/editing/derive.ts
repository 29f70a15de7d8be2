import type { Booth, BoothType, FacilityKind } from '../model/entities';
import type { Project } from '../model/project';
import { applyOperation, jsonEqual } from '../ops/operation';
import type { OperationBuilder } from '../ops/build';
import { bboxOf, type BBox } from '../geometry/polygon';
import { ADJACENCY_TOLERANCE, boothTypeForEdges, openEdges, polygonBlockers, type Blocker } from '../geometry/adjacency';
import { SpatialIndex } from '../geometry/spatial';
import { boothBBox, boothPolygon, boothsInHall, facilityBBox, facilityPolygons } from './scene';

/**
 * Facilities that are solid structures: a booth edge against one is closed like an edge
 * against a wall (nobody walks through a meeting room or a restroom block).
 */
export const CLOSING_FACILITY_KINDS: readonly FacilityKind[] = ['wall', 'meeting-room', 'restroom'];

export interface DerivedType {
  openSides: number[];
  type: BoothType;
}

/** Everything that can close a booth edge in one hall, indexed for neighbour queries. */
class HallSurroundings {
  private readonly booths: Map<string, Booth>;
  private readonly boothIndex: SpatialIndex;
  private readonly fixed: Blocker[] = [];
  private readonly fixedIndex: SpatialIndex;
  private readonly fixedReach: number;

  private readonly edgeCache = new Map<string, Blocker[]>();

  constructor(doc: Project, hallId: string, hallBooths?: Booth[]) {
    const booths = hallBooths ?? boothsInHall(doc, hallId);
    this.booths = new Map(booths.map((b) => [b.id, b]));
    this.boothIndex = SpatialIndex.from(booths.map((b) => ({ id: b.id, bbox: boothBBox(b) })));
    const hall = doc.halls[hallId];
    if (hall) this.fixed.push(...polygonBlockers(hall.outline));
    for (const f of Object.values(doc.facilities)) {
      if (f.hallId !== hallId || !CLOSING_FACILITY_KINDS.includes(f.kind)) continue;
      if (f.shape.type === 'polyline') {
        const reach = ADJACENCY_TOLERANCE + f.shape.thickness / 2;
        for (let i = 0; i + 1 < f.shape.points.length; i++) this.fixed.push({ a: f.shape.points[i]!, b: f.shape.points[i + 1]!, reach });
      } else {
        for (const poly of facilityPolygons(f)) this.fixed.push(...polygonBlockers(poly));
      }
    }
    this.fixedReach = Math.max(ADJACENCY_TOLERANCE, ...this.fixed.map((bl) => bl.reach));
    this.fixedIndex = SpatialIndex.from(this.fixed.map((bl, i) => ({ id: String(i), bbox: bboxOf([bl.a, bl.b]) })));
  }

  /** Booth ids whose boxes come within the adjacency tolerance (plus `pad`) of `box`. */
  near(box: BBox, pad = 0): string[] {
    return this.boothIndex.search(box, ADJACENCY_TOLERANCE + pad);
  }

  /** A neighbour's edges as blockers, worked out once per booth. */
  private edgesOf(id: string): Blocker[] {
    let edges = this.edgeCache.get(id);
    if (!edges) {
      const other = this.booths.get(id);
      edges = other ? polygonBlockers(boothPolygon(other)) : [];
      this.edgeCache.set(id, edges);
    }
    return edges;
  }

  derive(b: Booth): DerivedType {
    const poly = boothPolygon(b);
    const box = bboxOf(poly);
    const blockers: Blocker[] = [];
    for (const id of this.boothIndex.search(box, ADJACENCY_TOLERANCE)) {
      if (id === b.id) continue;
      const edges = this.edgesOf(id);
      for (const e of edges) blockers.push(e);
    }
    // Walls drawn as thick lines reach further than their centre line's box.
    for (const key of this.fixedIndex.search(box, this.fixedReach)) blockers.push(this.fixed[Number(key)]!);
    const open = openEdges(poly, blockers);
    return { openSides: open, type: boothTypeForEdges(poly, open) };
  }
}

/**
 * Open sides and booth type worked out from neighbours, walls and the hall outline: an edge
 * is closed when something covers at least half of it within 5 cm. Computed for `boothIds`
 * and every booth touching them (all booths when omitted), so a layout stays consistent
 * after any edit. Returns the derived values of every booth examined.
 */
export function deriveOpenSides(doc: Project, boothIds?: readonly string[]): Map<string, DerivedType> {
  const out = new Map<string, DerivedType>();
  const byHall = new Map<string, Set<string>>();
  const targets = boothIds ?? Object.keys(doc.booths);
  for (const id of targets) {
    const b = doc.booths[id];
    if (!b) continue;
    let set = byHall.get(b.hallId);
    if (!set) byHall.set(b.hallId, (set = new Set()));
    set.add(id);
  }
  const inHall = new Map<string, Booth[]>();
  for (const b of Object.values(doc.booths)) {
    if (!byHall.has(b.hallId)) continue;
    let list = inHall.get(b.hallId);
    if (!list) inHall.set(b.hallId, (list = []));
    list.push(b);
  }
  for (const [hallId, ids] of byHall) {
    const s = new HallSurroundings(doc, hallId, inHall.get(hallId) ?? []);
    const all = new Set(ids);
    if (boothIds) for (const id of ids) for (const n of s.near(boothBBox(doc.booths[id]!))) all.add(n);
    for (const id of all) out.set(id, s.derive(doc.booths[id]!));
  }
  return out;
}

/**
 * Folds fresh open sides and types into an operation being built, for every booth whose
 * surroundings the recorded changes can have altered: booths added, moved, reshaped or
 * deleted (their old neighbours), closing facilities changed, hall outlines redrawn, plus
 * `affectedBoothIds`. The document is the one the builder was started on (the builder keeps
 * it private, hence the extra argument).
 */
export function withDerivedTypes(doc: Project, builder: OperationBuilder, affectedBoothIds: readonly string[] = []): OperationBuilder {
  const draft = builder.build('derive-draft');
  const next = applyOperation(doc, draft, { check: false });
  const regions = new Map<string, BBox[]>();
  const wholeHalls = new Set<string>();
  const addRegion = (hallId: string, box: BBox) => {
    let list = regions.get(hallId);
    if (!list) regions.set(hallId, (list = []));
    list.push(box);
  };
  for (const ch of draft.changes) {
    if (ch.c === 'booths') {
      for (const b of [ch.before, ch.after]) if (b) addRegion(b.hallId, boothBBox(b));
    } else if (ch.c === 'facilities') {
      for (const f of [ch.before, ch.after]) if (f && CLOSING_FACILITY_KINDS.includes(f.kind)) addRegion(f.hallId, facilityBBox(f));
    } else if (ch.c === 'halls') {
      if (ch.after && (!ch.before || !jsonEqual(ch.before.outline, ch.after.outline))) wholeHalls.add(ch.after.id);
    }
  }
  for (const id of affectedBoothIds) {
    const b = next.booths[id];
    if (b) addRegion(b.hallId, boothBBox(b));
  }
  for (const hallId of new Set([...regions.keys(), ...wholeHalls])) {
    if (!next.halls[hallId]) continue;
    const s = new HallSurroundings(next, hallId);
    const ids = new Set<string>();
    if (wholeHalls.has(hallId)) for (const b of boothsInHall(next, hallId)) ids.add(b.id);
    else for (const box of regions.get(hallId) ?? []) for (const id of s.near(box)) ids.add(id);
    for (const id of ids) {
      const b = next.booths[id];
      if (!b) continue;
      const d = s.derive(b);
      if (!jsonEqual(d.openSides, b.openSides) || d.type !== b.type) builder.update('booths', id, d);
    }
  }
  return builder;
}
