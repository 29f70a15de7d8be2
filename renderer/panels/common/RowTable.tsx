import { memo, useEffect, useMemo, useRef, type CSSProperties, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { Empty } from 'antd';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { nextSort, type RowColumn, type RowSort } from './row-sort';
import './row-table.css';

export { sortRows, type RowColumn, type RowSort } from './row-sort';

export type RowProps = HTMLAttributes<HTMLDivElement> & { [data: `data-${string}`]: string };

interface RowTableProps<R> {
  label: string;
  rows: R[];
  columns: RowColumn<R>[];
  rowKey: (row: R) => string;
  rowHeight: number;
  headerHeight?: number;
  sort: RowSort | null;
  onSort: (sort: RowSort | null) => void;
  /** Changing it (or the sort) scrolls back to the first row: a new search, not an edit of a row. */
  resetKey?: unknown;
  emptyText: ReactNode;
  onRowClick?: (row: R, e: MouseEvent) => void;
  /** More of a row's attributes and handlers (`data-*`, drag and drop, double click). */
  rowProps?: (row: R) => RowProps;
  /** `row-table-selected` tints the row as chosen. */
  rowClassName?: (row: R) => string | undefined;
}

/**
 * A table whose rows all have one height, so only the rows in view are drawn and nothing is
 * measured: a search over 35,000 rows redraws some twenty rows. antd's virtual table measured
 * each row it drew and went through every row for its selection on each change, which made
 * a search in the Exhibitors view take ~130 ms. Columns sort by a header click; leading
 * `fixed` columns stay in view when the table scrolls sideways.
 */
function RowTableInner<R>({ label, rows, columns, rowKey, rowHeight, headerHeight = 40, sort, onSort, resetKey, emptyText, onRowClick, rowProps, rowClassName }: RowTableProps<R>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not run the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    overscan: 3,
    // Rows are never measured: their height is fixed by the stylesheet.
    initialRect: { width: 1200, height: 800 },
  });
  useEffect(() => {
    // The offset the virtualizer last saw: reading the element's own would force a layout.
    if ((virtual.scrollOffset ?? 0) > 0) virtual.scrollToOffset(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new reset key or sort scrolls back
  }, [resetKey, sort]);

  const { template, lefts, width } = useMemo(() => {
    const lefts: (number | undefined)[] = [];
    let x = 0;
    let leading = true;
    for (const c of columns) {
      leading = leading && !!c.fixed;
      lefts.push(leading ? x : undefined);
      x += c.width;
    }
    // A growing column takes the width the others leave (the table is never narrower than its box).
    return { template: columns.map((c) => (c.grow ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' '), lefts, width: x };
  }, [columns]);
  const cellStyle = (i: number): CSSProperties | undefined => (lefts[i] === undefined ? undefined : { left: lefts[i] });
  const cellClass = (c: RowColumn<R>, i: number, base: string) =>
    [base, c.align === 'right' && 'row-table-right', lefts[i] !== undefined && 'row-table-fixed', lefts[i] !== undefined && lefts[i + 1] === undefined && 'row-table-fixed-last', c.className].filter(Boolean).join(' ');

  return (
    <div className="row-table" role="table" aria-label={label} aria-rowcount={rows.length + 1} style={{ '--row-table-line': `${rowHeight - 1}px` } as CSSProperties}>
      <div className="row-table-scroll" ref={scroller}>
        <div className="row-table-inner" style={{ height: virtual.getTotalSize(), width }}>
          <div role="rowgroup" className="row-table-head">
            <div role="row" aria-rowindex={1} className="row-table-row" style={{ gridTemplateColumns: template, height: headerHeight }}>
              {columns.map((c, i) => {
                const sorted = sort?.key === c.key ? sort.direction : undefined;
                return (
                  <div
                    key={c.key}
                    role="columnheader"
                    aria-sort={c.sorter ? (sorted === 'ascend' ? 'ascending' : sorted === 'descend' ? 'descending' : 'none') : undefined}
                    className={cellClass(c, i, 'row-table-th')}
                    style={cellStyle(i)}
                  >
                    {c.sorter ? (
                      <button type="button" className="row-table-button row-table-sort" onClick={() => onSort(nextSort(sort, c.key))}>
                        <span className="row-table-title">{c.title}</span>
                        <span className="row-table-carets" aria-hidden>
                          <CaretUpOutlined className={sorted === 'ascend' ? 'on' : undefined} />
                          <CaretDownOutlined className={sorted === 'descend' ? 'on' : undefined} />
                        </span>
                      </button>
                    ) : (
                      c.title
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup">
            {virtual.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  // Keyed by row, not by place: rows updated in place ran antd's colour
                  // transitions (new rows faded from the old ones' colours) and restyled more.
                  key={rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`row-table-row row-table-body-row ${rowClassName?.(row) ?? ''}`}
                  style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}
                  onClick={onRowClick && ((e) => onRowClick(row, e))}
                  {...rowProps?.(row)}
                >
                  {columns.map((c, i) => {
                    const content = c.render(row);
                    const text = typeof content === 'string' || typeof content === 'number';
                    return (
                      <div key={c.key} role="cell" className={cellClass(c, i, text ? 'row-table-td row-table-text' : 'row-table-td')} style={cellStyle(i)} title={text ? String(content) : undefined}>
                        {content}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {/* Outside the scroller: it stays in the middle of the view when the table is scrolled sideways. */}
      {rows.length === 0 && (
        <div className="row-table-empty" style={{ top: headerHeight }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        </div>
      )}
    </div>
  );
}

/** Memoised: a keystroke's urgent render (the search box) leaves the table as it was. */
export const RowTable = memo(RowTableInner) as typeof RowTableInner;
