import { tableToIPC, type Table } from 'apache-arrow';
import type { ColumnStats, PageQuery } from '../../../shared/explore';
import { columnStats } from '../../engine/explore/column-stats';
import { firstRows, rowOrder } from '../../engine/explore/row-order';
import { compactDictionaries } from '../../engine/table/compact-dictionaries';
import { takeRows } from '../../engine/table/select-rows';
import { datasetStart, loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';

export interface DatasetPageInput {
  workspacePath: string;
  datasetId: number;
  query: PageQuery;
}

/** How far into a dataset not loaded yet, or into a new sort, the first pages are served without the whole. */
const FIRST_ROWS = 1_000;

/** One page of a dataset's rows, sorted and searched on the columns in the worker. */
export async function datasetPage(
  input: DatasetPageInput,
  ctx: JobContext,
): Promise<{ total: number; arrow: Uint8Array }> {
  const { offset, limit, sortColumn, sortDesc, search } = input.query;
  const later = (work: () => void) =>
    setImmediate(() => {
      try {
        work();
      } catch {
        // Ahead of time only: the job that needs it does it again and reports what fails.
      }
    });
  const page = (table: Table, rows: Int32Array, total: number) => ({
    total,
    arrow: tableToIPC(compactDictionaries(takeRows(table, rows)), 'stream'),
  });
  if (!sortColumn && !search?.trim() && offset + limit <= FIRST_ROWS) {
    // The first pages in file order: of a dataset not loaded yet, from the start of its stored
    // stream (the whole dataset loads once the page is sent, for the pages and sorts that follow).
    const start = datasetStart(input.workspacePath, input.datasetId, ctx.config, FIRST_ROWS);
    if (!start.whole) later(() => loadDataset(input.workspacePath, input.datasetId, ctx.config));
    const rows = new Int32Array(Math.max(0, Math.min(limit, start.table.numRows - offset)));
    for (let i = 0; i < rows.length; i++) rows[i] = offset + i;
    return page(start.table, rows, start.info.rowCount);
  }
  const { table, info, orders } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  const key = JSON.stringify([sortColumn ?? null, sortDesc ?? false, search?.trim().toLowerCase() ?? '']);
  const query = { sortColumn, sortDesc, search, columns: info.columns.map((c) => c.name) };
  let order = orders.get(key);
  if (!order && sortColumn && offset + limit <= FIRST_ROWS) {
    // A new sort's first pages come from a partial sort; the whole order is made once this page
    // is sent, before the next page is asked for (a job then waits for it, or makes it itself).
    const first = firstRows(table, query, offset + limit);
    later(() => {
      if (!orders.has(key)) orders.set(key, rowOrder(table, query));
    });
    return page(table, first.rows.subarray(Math.min(offset, first.rows.length)), first.total);
  }
  if (!order) {
    order = rowOrder(table, query);
    orders.set(key, order);
  }
  return page(
    table,
    order.subarray(Math.min(offset, order.length), Math.min(offset + limit, order.length)),
    order.length,
  );
}

export interface DatasetStatsInput {
  workspacePath: string;
  datasetId: number;
}

/** Per-column summaries (histograms, top values, missing counts) of a dataset. */
export async function datasetStats(input: DatasetStatsInput, ctx: JobContext): Promise<ColumnStats[]> {
  const { table, info } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  return columnStats(table, info.columns);
}
