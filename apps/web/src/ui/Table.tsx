import { useId, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';
import './Table.css';

export interface TableColumn<Row> {
  /** Stable identifier of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers and dates line up at the end of the cell. */
  align?: 'start' | 'end';
  /** The column that names each row; its cells become row headers. */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  caption: ReactNode;
  columns: ReadonlyArray<TableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Shown in place of the rows when there are none; a generic text otherwise. */
  emptyText?: ReactNode;
  /** Keep the caption for screen readers only when a visible heading already names the table. */
  captionHidden?: boolean;
}

/**
 * A data table with a caption. On narrow screens it scrolls sideways inside a focusable region,
 * so keyboard users can scroll it too.
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText,
  captionHidden = false,
}: TableProps<Row>) {
  const { t } = useTranslation();
  const captionId = useId();

  return (
    <div className="ui-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ui-table">
        <caption id={captionId} className={cx('ui-table__caption', captionHidden && 'visually-hidden')}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cx(column.align === 'end' && 'ui-table__cell--end')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="ui-table__empty">
                {emptyText ?? t('ui.tableEmpty')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const className = cx(column.align === 'end' && 'ui-table__cell--end');
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
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
