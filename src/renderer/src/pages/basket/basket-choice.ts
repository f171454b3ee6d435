import type { ItemLevel } from '../../../../shared/products';

/** What the user chose on the basket page: whose orders, items by product or category, the thresholds (as shares). */
export interface BasketChoice {
  datasetId: number | undefined;
  /** A run (with a segment) narrows the orders to one segment; undefined: all customers. */
  runId: number | undefined;
  segment: number | undefined;
  by: ItemLevel;
  minSupport: number;
  minConfidence: number;
}
