import RBush from 'rbush';
import type { BBox } from './polygon';

interface Entry extends BBox {
  id: string;
}

/**
 * Bounding boxes keyed by id in an R-tree, so "what is near this?" costs O(log n) instead of a
 * scan: neighbour queries over a 7,500-booth show stay well under a millisecond each.
 */
export class SpatialIndex {
  private readonly tree = new RBush<Entry>();
  private readonly entries = new Map<string, Entry>();

  /** Bulk-loads in one pass (faster and a better tree than inserting one by one). */
  static from(items: Iterable<{ id: string; bbox: BBox }>): SpatialIndex {
    const index = new SpatialIndex();
    const list: Entry[] = [];
    for (const { id, bbox } of items) {
      const e = { id, minX: bbox.minX, minY: bbox.minY, maxX: bbox.maxX, maxY: bbox.maxY };
      index.entries.set(id, e);
      list.push(e);
    }
    index.tree.load(list);
    return index;
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  bbox(id: string): BBox | undefined {
    return this.entries.get(id);
  }

  /** Adds an entry, replacing any entry with the same id. */
  insert(id: string, bbox: BBox): void {
    this.remove(id);
    const e = { id, minX: bbox.minX, minY: bbox.minY, maxX: bbox.maxX, maxY: bbox.maxY };
    this.entries.set(id, e);
    this.tree.insert(e);
  }

  remove(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    this.tree.remove(e);
    this.entries.delete(id);
    return true;
  }

  /** Ids whose boxes meet `bbox` grown by `pad` on every side (touching counts). */
  search(bbox: BBox, pad = 0): string[] {
    return this.tree
      .search({ minX: bbox.minX - pad, minY: bbox.minY - pad, maxX: bbox.maxX + pad, maxY: bbox.maxY + pad })
      .map((e) => e.id);
  }

  /** Ids near the entry `id` (within `pad`), itself excluded. */
  neighbours(id: string, pad = 0): string[] {
    const e = this.entries.get(id);
    if (!e) return [];
    return this.search(e, pad).filter((other) => other !== id);
  }
}
