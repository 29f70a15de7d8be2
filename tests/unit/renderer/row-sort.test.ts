import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type RowColumn } from '../../../renderer/panels/common/row-sort';

interface Row {
  id: string;
  name: string;
  paid: number;
}
const rows: Row[] = [
  { id: 'a', name: 'Beta', paid: 2 },
  { id: 'b', name: 'alpha', paid: 1 },
  { id: 'c', name: 'Gamma', paid: 2 },
  { id: 'd', name: 'delta', paid: 0 },
];
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const columns: RowColumn<Row>[] = [
  { key: 'name', title: 'Name', width: 100, sorter: (x, y) => collator.compare(x.name, y.name), render: (r) => r.name },
  { key: 'paid', title: 'Paid', width: 100, sorter: (x, y) => x.paid - y.paid, render: (r) => r.paid },
  { key: 'id', title: 'Id', width: 100, render: (r) => r.id },
];
const ids = (r: Row[]) => r.map((x) => x.id).join('');

describe('row sorting', () => {
  it('cycles a column from ascending to descending to none, and starts over on another column', () => {
    const first = nextSort(null, 'name');
    expect(first).toEqual({ key: 'name', direction: 'ascend' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ key: 'name', direction: 'descend' });
    expect(nextSort(second, 'name')).toBeNull();
    expect(nextSort(second, 'paid')).toEqual({ key: 'paid', direction: 'ascend' });
  });

  it('sorts by the column, both ways, keeping equal rows in their order', () => {
    expect(ids(sortRows(rows, columns, { key: 'name', direction: 'ascend' }))).toBe('badc');
    expect(ids(sortRows(rows, columns, { key: 'name', direction: 'descend' }))).toBe('cdab');
    expect(ids(sortRows(rows, columns, { key: 'paid', direction: 'ascend' }))).toBe('dbac');
    expect(ids(sortRows(rows, columns, { key: 'paid', direction: 'descend' }))).toBe('acbd');
  });

  it('leaves the rows as they are without a sort or for a column that cannot sort, and never sorts them in place', () => {
    const copy = [...rows];
    expect(sortRows(rows, columns, null)).toBe(rows);
    expect(sortRows(rows, columns, { key: 'id', direction: 'ascend' })).toBe(rows);
    expect(sortRows(rows, columns, { key: 'gone', direction: 'ascend' })).toBe(rows);
    sortRows(rows, columns, { key: 'name', direction: 'descend' });
    expect(rows).toEqual(copy);
  });
});
