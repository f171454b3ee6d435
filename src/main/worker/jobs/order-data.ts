import { orderTable, type OrderTable } from '../../engine/orders/order-table';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';

const cached = recentCache<OrderTable>(2);

/** A dataset's orders with their fields, made once per dataset version and reused while the user edits rules. */
export function loadOrderData(workspacePath: string, datasetId: number, ctx: JobContext) {
  const { info, table } = loadDataset(workspacePath, datasetId, ctx.config);
  const key = [workspacePath, info.id, info.createdAt, info.rowCount, JSON.stringify(info.roles)].join('|');
  return { info, orders: cached(key, () => orderTable(table, info.roles)) };
}
