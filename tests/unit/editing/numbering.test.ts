import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING, gridNumbers, numberLines, uniqueNumber, numberKey, type NumberingScheme } from '../../../shared/editing/numbering';
import { renumber } from '../../../shared/editing/renumber';
import { applyChecked, booth, emptyShow, expectRefusal, rect, withBooths } from './helpers';

const scheme = (patch: Partial<NumberingScheme>): NumberingScheme => ({ ...DEFAULT_NUMBERING, ...patch });

describe('numbering schemes', () => {
  it('numbers rows, columns and serpentines', () => {
    expect(gridNumbers(2, 3, scheme({ direction: 'row' }))).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(gridNumbers(2, 3, scheme({ direction: 'column' }))).toEqual([
      ['1', '3', '5'],
      ['2', '4', '6'],
    ]);
    expect(gridNumbers(3, 3, scheme({ direction: 'serpentine' }))).toEqual([
      ['1', '2', '3'],
      ['6', '5', '4'],
      ['7', '8', '9'],
    ]);
  });
  it('applies prefix, padding, first and step', () => {
    expect(gridNumbers(1, 3, scheme({ prefix: 'A1-', pad: 3, first: 101, step: 2 }))).toEqual([['A1-101', 'A1-103', 'A1-105']]);
  });
  it('skips exact numbers and numbers ending in given digits', () => {
    expect(gridNumbers(1, 6, scheme({ skip: [4, 13] , first: 1 }))![0]!.join()).toBe('1,2,3,5,6,7');
    expect(numberLines([12], scheme({ skip: [13], first: 9 }))![0]!.join()).toBe('9,10,11,12,14,15,16,17,18,19,20,21');
    expect(numberLines([8], scheme({ skipEndings: ['4'], first: 1 }))![0]!.join()).toBe('1,2,3,5,6,7,8,9');
    expect(numberLines([3], scheme({ skipEndings: ['4'], first: 12 }))![0]!.join()).toBe('12,13,15');
    expect(numberLines([2], scheme({ skipEndings: ['13'], first: 112 }))![0]!.join()).toBe('112,114');
  });
  it('numbers the two sides of an aisle odd and even', () => {
    expect(gridNumbers(4, 3, scheme({ oddEvenPerSide: true, first: 101 }))).toEqual([
      ['101', '103', '105'],
      ['102', '104', '106'],
      ['107', '109', '111'],
      ['108', '110', '112'],
    ]);
    // Back-to-back: row 0 alone, then rows 1 and 2 across the first aisle.
    expect(gridNumbers(4, 2, scheme({ oddEvenPerSide: true, first: 1 }), { pairOffset: 1 })).toEqual([
      ['1', '3'],
      ['5', '7'],
      ['6', '8'],
      ['9', '11'],
    ]);
    // Serpentine alternates per aisle so facing booths keep neighbouring numbers.
    expect(gridNumbers(4, 2, scheme({ oddEvenPerSide: true, direction: 'serpentine', first: 1 }))).toEqual([
      ['1', '3'],
      ['2', '4'],
      ['7', '5'],
      ['8', '6'],
    ]);
    expect(gridNumbers(2, 3, scheme({ oddEvenPerSide: true, skip: [3], first: 1 }))).toEqual([
      ['1', '5', '7'],
      ['2', '4', '6'],
    ]);
  });
  it('gives up when the skip rules leave nothing', () => {
    expect(gridNumbers(1, 2, scheme({ skipEndings: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] }))).toBeNull();
    expect(gridNumbers(2, 2, scheme({ oddEvenPerSide: true, skipEndings: ['1', '3', '5', '7', '9'] }))).toBeNull();
  });
  it('finds the next free number in a series or adds a suffix', () => {
    const taken = new Set(['A1-105', 'A1-106', 'KIOSK'].map(numberKey));
    expect(uniqueNumber('A1-107', taken)).toBe('A1-107');
    expect(uniqueNumber('A1-105', taken)).toBe('A1-108');
    expect(uniqueNumber('a1-105', taken)).toBe('a1-109');
    expect(uniqueNumber('A1-005', new Set(['A1-005']))).toBe('A1-006');
    expect(uniqueNumber('Kiosk', taken)).toBe('Kiosk-2');
  });
});

describe('renumber', () => {
  // Two ragged rows: y differs by a few centimetres within a row; listed out of order.
  const doc = withBooths(emptyShow(), [
    { id: 'r1c3', shape: rect(6, 10.05, 3, 3) },
    { id: 'r1c1', shape: rect(0, 10, 3, 3) },
    { id: 'r2c2', shape: rect(3, 19.9, 3, 3) },
    { id: 'r1c2', shape: rect(3, 9.98, 3, 3) },
    { id: 'r2c1', shape: rect(0, 20, 3, 3) },
    { id: 'other', shape: rect(50, 50, 3, 3), number: 'X9' },
  ]);
  const ids = ['r1c3', 'r1c1', 'r2c2', 'r1c2', 'r2c1'];
  it('orders the selection by rows then x', () => {
    const next = applyChecked(doc, renumber(doc, ids, scheme({ prefix: 'B', first: 1 })));
    expect(ids.map((id) => booth(next, id).number)).toEqual(['B3', 'B1', 'B5', 'B2', 'B4']);
  });
  it('is refused when a new number belongs to a booth outside the selection', () => {
    const r = expectRefusal(renumber(doc, ids, scheme({ prefix: 'x', first: 7 })), 'number-taken');
    expect(r.numbers).toEqual(['x9']);
  });
  it('numbers serpentine over a selection', () => {
    const sel = ids.filter((id) => id !== 'r2c2');
    const next = applyChecked(doc, renumber(doc, [...sel, 'r2c2'], scheme({ prefix: 'S', direction: 'serpentine' })));
    expect(['r1c1', 'r1c2', 'r1c3', 'r2c2', 'r2c1'].map((id) => booth(next, id).number)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });
  it('refuses an empty selection and a broken scheme', () => {
    expectRefusal(renumber(doc, [], DEFAULT_NUMBERING), 'nothing-selected');
    expectRefusal(renumber(doc, ids, scheme({ step: 0 })), 'bad-numbering');
  });
});
