import type { DatasetInfo } from '../../../../shared/schemas';

/**
 * The datasets the Overview can picture: orders (one row per order or order line), and order files
 * summarised per customer on import (their months are kept), in the order they were imported.
 */
export const overviewDatasets = (datasets: readonly DatasetInfo[]): DatasetInfo[] =>
  datasets.filter((d) => d.kind === 'transactions' || Boolean(d.source.summarised));

/** The dataset the Overview shows: the one chosen while it still exists, else the newest dataset of orders. */
export function overviewDataset(datasets: readonly DatasetInfo[], chosen: number | null | undefined) {
  const orders = overviewDatasets(datasets);
  return orders.find((d) => d.id === chosen) ?? orders.at(-1) ?? null;
}
