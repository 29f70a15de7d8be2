import type { Block } from './blocks';
import type { Problem, Seeker } from './problem';

export type Fit = 'ok' | 'taken' | 'competitor';

/** The floor during a pass: booths proposed so far and where each exhibitor may not go. */
export class Floor {
  readonly taken: Int32Array;
  /** Exhibitor id → booth indices too near one of its competitors. */
  private readonly forbid = new Map<string, Set<number>>();

  constructor(private readonly p: Problem) {
    this.taken = new Int32Array(p.infos.length).fill(-1);
    for (const [exId, booths] of p.existing) this.keepAway(exId, booths);
  }

  fits(s: Seeker, block: Block): Fit {
    for (const i of block.booths) if (this.taken[i]! >= 0 || !this.p.infos[i]!.free) return 'taken';
    const f = this.forbid.get(s.ex.id);
    if (f) for (const i of block.booths) if (f.has(i)) return 'competitor';
    return 'ok';
  }

  place(s: Seeker, seekerIdx: number, block: Block): void {
    for (const i of block.booths) this.taken[i] = seekerIdx;
    this.keepAway(s.ex.id, block.booths);
  }

  private keepAway(exId: string, booths: readonly number[]): void {
    const rivals = this.p.competitors.get(exId);
    if (!rivals) return;
    const zone = new Set<number>();
    for (const i of booths) for (const n of this.p.near(i)) zone.add(n);
    for (const r of rivals) {
      let f = this.forbid.get(r);
      if (!f) this.forbid.set(r, (f = new Set()));
      for (const n of zone) f.add(n);
    }
  }
}
