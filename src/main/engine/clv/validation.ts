import { groupCustomers } from './group-summary';
import type { PurchaseModelFunctions } from './purchase-models';
import { unitDays, type PurchaseSummary } from './summary';

/** Calibration frequencies 0…6 each, then 7 and more together (as in Fader, Hardie & Lee 2005, fig. 4). */
export const FREQUENCY_GROUPS = 8;

export interface HoldoutByFrequency {
  /** '0' … '6', '7+'. */
  frequency: string;
  customers: number;
  /** Mean purchases in the holdout period: made, and expected by the model. */
  actual: number;
  expected: number;
}

export interface CumulativePoint {
  /** Time since the first customer's first purchase, in the unit (a whole number of weeks or days). */
  t: number;
  /** The day number it ends on. */
  day: number;
  actual: number;
  expected: number;
}

export interface ClvValidation {
  byFrequency: HoldoutByFrequency[];
  cumulative: CumulativePoint[];
  /** Holdout purchases of all customers: made and expected, the relative error, and per customer the mean absolute and root mean square errors. */
  errors: { actual: number; expected: number; relativeError: number; mae: number; rmse: number } | null;
}

/**
 * Calibration against holdout: mean holdout purchases per calibration frequency, expected beside
 * made; repeat purchases accumulated over time (expected: Σ over customers of E[X(t − first
 * purchase)]), at each whole unit; and the error figures. Without a holdout period only the
 * calibration part of the cumulative curve is drawn.
 */
export function validateModel(summary: PurchaseSummary, model: PurchaseModelFunctions): ClvValidation {
  const n = summary.frequency.length;
  const holdout = summary.holdoutLength;
  const groups = Array.from({ length: FREQUENCY_GROUPS }, (_, g) => ({
    frequency: g < FREQUENCY_GROUPS - 1 ? String(g) : `${g}+`,
    customers: 0,
    actual: 0,
    expected: 0,
  }));
  let actualTotal = 0;
  let expectedTotal = 0;
  let absolute = 0;
  let squared = 0;
  // The holdout purchases expected once per (x, tₓ, T) group.
  const { groups: same, of } =
    holdout > 0
      ? groupCustomers(summary.frequency, summary.recency, summary.T)
      : { groups: null, of: new Int32Array(0) };
  const expected = same ? same.x.map((x, g) => model.expectedPurchases(holdout, x, same.tx[g], same.T[g])) : null;
  for (let i = 0; i < n && expected; i++) {
    const x = summary.frequency[i];
    const e = expected[of[i]];
    const a = summary.holdoutFrequency[i];
    const g = groups[Math.min(x, FREQUENCY_GROUPS - 1)];
    g.customers++;
    g.actual += a;
    g.expected += e;
    actualTotal += a;
    expectedTotal += e;
    absolute += Math.abs(a - e);
    squared += (a - e) ** 2;
  }
  const byFrequency =
    holdout > 0
      ? groups
          .filter((g) => g.customers > 0)
          .map((g) => ({ ...g, actual: g.actual / g.customers, expected: g.expected / g.customers }))
      : [];

  // Cumulative repeat purchases: customers grouped by the day of their first purchase.
  const per = unitDays(summary.unit);
  const { start, counts } = summary.repeatsByDay;
  const firsts = new Map<number, number>();
  for (const d of summary.firstDay) firsts.set(d, (firsts.get(d) ?? 0) + 1);
  const end = summary.holdoutEnd ?? summary.calibrationEnd;
  const cumulative: CumulativePoint[] = [];
  let made = 0;
  let counted = start - 1;
  for (let t = 1; start + t * per - 1 <= end; t++) {
    const day = start + t * per - 1;
    for (; counted < day; ) made += counts[++counted - start];
    let expected = 0;
    // By the end of `day`, a customer who first bought on day f has been watched (day − f) days, counted as T is.
    for (const [first, customers] of firsts)
      if (day > first) expected += customers * model.expectedNewCustomer((day - first) / per);
    cumulative.push({ t, day, actual: made, expected });
  }
  return {
    byFrequency,
    cumulative,
    errors:
      holdout > 0
        ? {
            actual: actualTotal,
            expected: expectedTotal,
            relativeError: actualTotal > 0 ? (expectedTotal - actualTotal) / actualTotal : Number.NaN,
            mae: absolute / n,
            rmse: Math.sqrt(squared / n),
          }
        : null,
  };
}

/** P(alive) of a customer observed for T (the longest in the data), by repeat purchases (rows, 0…maxFrequency) and time of the last one (columns, `bins` steps from 0 to T). */
export function pAliveMatrix(
  model: PurchaseModelFunctions,
  T: number,
  maxFrequency: number,
  bins: number,
): { frequency: number[]; recency: number[]; values: number[][] } {
  const frequency = Array.from({ length: maxFrequency + 1 }, (_, x) => x);
  const recency = Array.from({ length: bins + 1 }, (_, j) => (T * j) / bins);
  return { frequency, recency, values: frequency.map((x) => recency.map((tx) => model.pAlive(x, tx, T))) };
}
