/**
 * The table model every published table shares: the table under each chart, the open datasets
 * (CSV/JSON) and their dictionaries. Plain data, so the page, the files and the tests read the same.
 */
import { t } from '../../i18n/t';
import { formatNumberVi, formatPercentVi } from './format-number-vi';

export type Cell = string | number | boolean | null;

/** A column of a published table: machine key (CSV header), label people read, dictionary text. */
export interface Column {
  key: string;
  label: string;
  description: string;
  type: 'text' | 'number' | 'boolean';
  /** How the page shows numbers. */
  format?: 'score' | 'percent' | 'count';
}

export interface Table {
  columns: Column[];
  rows: Record<string, Cell>[];
}

/**
 * A table cell as people read it.
 *
 * @example
 * displayCell(82.75, { format: 'score' }) // '82,75'
 */
export function displayCell(value: Cell, column: Pick<Column, 'format' | 'type'>): string {
  if (value === null) return column.type === 'text' ? '' : '—';
  if (typeof value === 'boolean') return value ? t('results.yes') : t('results.no');
  if (typeof value === 'number') {
    if (column.format === 'percent') return formatPercentVi(value);
    return formatNumberVi(value, 2);
  }
  return value;
}
