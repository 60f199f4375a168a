import { useId, type Key, type ReactNode } from 'react';
import { cx } from '@/lib/cx';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, no wrapping (amounts, percentages). */
  numeric?: boolean;
  /** This column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  /** Required: names the table for screen readers and, visually, sits above it. */
  caption: ReactNode;
  hideCaption?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  small?: boolean;
  striped?: boolean;
  className?: string;
}

/**
 * KERN table (`kern-table`) in a scroll container that keyboard users can focus and scroll
 * (it is a named region, so screen readers announce what scrolls).
 */
export function Table<Row>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  small = false,
  striped = false,
  className,
}: TableProps<Row>) {
  const captionId = useId();
  return (
    <div
      className={cx('kern-table-responsive', className)}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table
        className={cx('kern-table', small && 'kern-table--small', striped && 'kern-table--striped')}
      >
        <caption id={captionId} className={cx('kern-title', hideCaption && 'kern-sr-only')}>
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cx(
                  'kern-table__header',
                  column.numeric && 'kern-table__header--numeric',
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="kern-table__row">
              {columns.map((column) => {
                const className = cx(
                  column.rowHeader ? 'kern-table__header' : 'kern-table__cell',
                  column.numeric &&
                    (column.rowHeader
                      ? 'kern-table__header--numeric'
                      : 'kern-table__cell--numeric'),
                );
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
