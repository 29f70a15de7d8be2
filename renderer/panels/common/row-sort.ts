import type { ReactNode } from 'react';

export type SortDirection = 'ascend' | 'descend';
export interface RowSort {
  key: string;
  direction: SortDirection;
}

export interface RowColumn<R> {
  key: string;
  title: ReactNode;
  width: number;
  align?: 'left' | 'right';
  /** Takes the width the other columns leave, at least `width` (not with `fixed`). */
  grow?: boolean;
  /** Stays in view when the table scrolls sideways (only leading columns). */
  fixed?: boolean;
  sorter?: (a: R, b: R) => number;
  render: (row: R) => ReactNode;
  className?: string;
}

/** The rows in the column's order (a new array only when sorted; the sort is stable). */
export function sortRows<R>(rows: R[], columns: RowColumn<R>[], sort: RowSort | null): R[] {
  const by = sort && columns.find((c) => c.key === sort.key)?.sorter;
  if (!sort || !by) return rows;
  const sign = sort.direction === 'ascend' ? 1 : -1;
  return [...rows].sort((a, b) => sign * by(a, b));
}

/** A header click's next sort: ascending, descending, then none (as spreadsheets and antd do). */
export function nextSort(current: RowSort | null, key: string): RowSort | null {
  if (!current || current.key !== key) return { key, direction: 'ascend' };
  return current.direction === 'ascend' ? { key, direction: 'descend' } : null;
}
