import { tableToIPC, type Table } from 'apache-arrow';
import type { PageQuery } from '../../../shared/explore';
import type { MembersExport } from '../../../shared/exports';
import { rowOrder } from '../../engine/explore/row-order';
import { columnArrays } from '../../engine/table/column-arrays';
import { compactDictionaries } from '../../engine/table/compact-dictionaries';
import { takeRows } from '../../engine/table/select-rows';
import { openDatabase } from '../../store/open-database';
import { readRun, readRunMembers } from '../../store/runs';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';
import { keptListRows } from './list-members';

export interface RunPageInput {
  workspacePath: string;
  runId: number;
  query: PageQuery;
  /** Only the members of this segment (its index in the run's segments). */
  segment?: number;
  /** Only the members on a list the run made: `churnRisk`, those whose churnRisk column is 1. */
  only?: MembersExport['only'];
  /** Only the members on a cross-sell list kept with the run (E_NOT_FOUND for another run's list). */
  listId?: number;
}

/** The rows of `order` whose number column `name` equals `value` (none when the run has no such column). */
function keepWhere(table: Table, order: Int32Array, name: string, value: number): Int32Array {
  const index = table.schema.fields.findIndex((f) => f.name === name);
  if (index < 0) return new Int32Array(0);
  const arrays = columnArrays(table, index);
  const values = arrays.type === 'number' ? arrays.values : new Float64Array(0);
  return order.filter((r) => values[r] === value);
}

/** The rows of `order` that are among `rows` (row numbers below `size`). */
function keepRows(order: Int32Array, rows: Uint32Array, size: number): Int32Array {
  const on = new Uint8Array(size);
  for (const r of rows) if (r < size) on[r] = 1;
  return order.filter((r) => on[r] === 1);
}

interface Entry {
  table: Table;
  orders: Map<string, Int32Array>;
  /** Each segment's names in both languages, as the search reads them. */
  segmentNames: string[];
}

/** The last runs served, with their members' columns and the row orders asked for. */
const cached = recentCache<Entry>(2);

function loadMembers(workspacePath: string, runId: number, ctx: JobContext): Entry {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: ctx.config.nativeBinding });
  try {
    // The time its result was made and its revision tell a run from another that reused its id
    // after a delete, and from its own earlier result before an edit.
    const { run, result } = readRun(db, runId);
    return cached(`${workspacePath}#${runId}#${run.createdAt}#${run.revision}`, () => ({
      table: readRunMembers(db, runId),
      orders: new Map(),
      segmentNames: result.segments.map((s) => `${s.name.en}\n${s.name['zh-CN']}`),
    }));
  } finally {
    db.close();
  }
}

/** One page of a run's members (one segment's, or all; or the churn-risk list's), sorted and searched in the worker (ids, texts and segment names, any case). */
export async function runPage(input: RunPageInput, ctx: JobContext): Promise<{ total: number; arrow: Uint8Array }> {
  const { table, orders, segmentNames } = loadMembers(input.workspacePath, input.runId, ctx);
  const { offset, limit, sortColumn, sortDesc, search } = input.query;
  const key = JSON.stringify([
    input.segment ?? null,
    input.only ?? null,
    input.listId ?? null,
    sortColumn ?? null,
    sortDesc ?? false,
    search?.trim().toLowerCase() ?? '',
  ]);
  // A list's members are read each time: a list deleted and its id reused is another list.
  const list = input.listId === undefined ? null : await keptListRows(input, input.listId, ctx);
  let order = list ? undefined : orders.get(key);
  if (!order) {
    const columns = table.schema.fields.map((f) => f.name);
    // Every text shown is searched: the ids and other text columns, and the segment by its names.
    order = rowOrder(table, {
      sortColumn,
      sortDesc,
      search,
      columns: columns.filter((c) => c !== 'segment'),
      coded: { segment: segmentNames },
    });
    if (input.segment !== undefined) order = keepWhere(table, order, 'segment', input.segment);
    if (input.only === 'churnRisk') order = keepWhere(table, order, 'churnRisk', 1);
    if (list) order = keepRows(order, list, table.numRows);
    else orders.set(key, order);
  }
  const rows = order.subarray(Math.min(offset, order.length), Math.min(offset + limit, order.length));
  return { total: order.length, arrow: tableToIPC(compactDictionaries(takeRows(table, rows)), 'stream') };
}
