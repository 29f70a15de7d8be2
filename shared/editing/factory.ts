import type { Booth, BoothKind } from '../model/entities';
import type { AreaShape } from '../model/primitives';
import { newId } from '../model/ids';

/** A fresh, available booth with every field at its schema default. */
export function newBooth(init: { hallId: string; number: string; shape: AreaShape; kind?: BoothKind; id?: string }): Booth {
  return {
    id: init.id ?? newId('b'),
    hallId: init.hallId,
    number: init.number,
    shape: init.shape,
    kind: init.kind ?? 'standard',
    openSides: [],
    type: 'inline',
    status: 'available',
    claim: null,
    zoneId: null,
    priceOverride: null,
    fascia: { zh: '', en: '' },
    notes: '',
  };
}

/**
 * A copy of a booth for duplicate, paste and split: new id, placed where asked, and free —
 * holds, reservations and assignments belong to the original, not to its copies.
 */
export function copyBooth(b: Booth, patch: Partial<Booth>): Booth {
  return { ...b, id: newId('b'), status: 'available', claim: null, ...patch };
}
