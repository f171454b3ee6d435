import { tableToIPC } from 'apache-arrow';
import type { ColumnStats, PageQuery } from '../../../shared/explore';
import { columnStats } from '../../engine/explore/column-stats';
import { rowOrder } from '../../engine/explore/row-order';
import { compactDictionaries } from '../../engine/table/compact-dictionaries';
import { takeRows } from '../../engine/table/select-rows';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';

export interface DatasetPageInput {
  workspacePath: string;
  datasetId: number;
  query: PageQuery;
}

/** One page of a dataset's rows, sorted and searched on the columns in the worker. */
export async function datasetPage(
  input: DatasetPageInput,
  ctx: JobContext,
): Promise<{ total: number; arrow: Uint8Array }> {
  const { table, info, orders } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  const { offset, limit, sortColumn, sortDesc, search } = input.query;
  const key = JSON.stringify([sortColumn ?? null, sortDesc ?? false, search?.trim().toLowerCase() ?? '']);
  let order = orders.get(key);
  if (!order) {
    order = rowOrder(table, { sortColumn, sortDesc, search, columns: info.columns.map((c) => c.name) });
    orders.set(key, order);
  }
  const rows = order.subarray(Math.min(offset, order.length), Math.min(offset + limit, order.length));
  return { total: order.length, arrow: tableToIPC(compactDictionaries(takeRows(table, rows)), 'stream') };
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
