/**
 * The transactions as the Overview reads them, one entry per row: the customer's code (an
 * index into ids(), −1 = no customer), the UTC day number, the spend (NaN = none), the order
 * key (NaN = the row is an order of its own), and the time of day in minutes, seconds as a fraction (NaN = no time).
 * Made by purchaseRows (engine/features) plus the time; every Overview panel and finding reads it.
 */
export interface OverviewRows {
  customer: Int32Array;
  day: Float64Array;
  spend: Float64Array;
  order: Float64Array;
  minute: Float64Array | null;
  /** How many customers the codes count (0 without customer ids). */
  customers: number;
  ids: () => string[];
}
