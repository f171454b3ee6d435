import type { TableProps } from 'antd';
import { tableFromIPC, type Table } from 'apache-arrow';

/** What a paged grid asks the worker for: a page, a sort, a search. */
export interface GridQuery {
  page: number;
  search: string;
  sortColumn?: string;
  sortDesc?: boolean;
}

/** A page of rows from Arrow IPC bytes, keyed by their position in the whole ordered result. */
export function pageRows(arrow: Uint8Array, firstKey: number): { table: Table; rows: Record<string, unknown>[] } {
  const table = tableFromIPC(arrow);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.numRows; i++) rows.push({ __key: firstKey + i, ...table.get(i)?.toJSON() });
  return { table, rows };
}

/** The next query after the table's pager or a column header was clicked: a new sort starts at page 1. */
export function nextGridQuery<Q extends GridQuery>(
  q: Q,
  pagination: Parameters<NonNullable<TableProps<Record<string, unknown>>['onChange']>>[0],
  sorter: Parameters<NonNullable<TableProps<Record<string, unknown>>['onChange']>>[2],
): Q {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const sortColumn = s?.order ? String(s.columnKey) : undefined;
  const sameSort = sortColumn === q.sortColumn && (s?.order === 'descend') === q.sortDesc;
  return { ...q, page: sameSort ? (pagination.current ?? 1) : 1, sortColumn, sortDesc: s?.order === 'descend' };
}
