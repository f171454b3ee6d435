import { expectedPurchases, pAlive, type BgNbdParams } from './bgnbd';
import { expectedSpend, type GammaGammaParams } from './gamma-gamma';
import { unitDays, type PurchaseSummary } from './summary';

/** How future purchases become a value today. */
export interface ValueSettings {
  /** Share of the spend that is profit, 0…1. */
  margin: number;
  /** Discount rate per month (0.01 = 1 %). */
  monthlyDiscount: number;
  horizonMonths: number;
}

/** A month, in days: a year's 365.25 days over 12. */
export const MONTH_DAYS = 365.25 / 12;

/** Per customer (in the summary's order): what the models expect. */
export interface CustomerValues {
  pAlive: Float64Array;
  /** Expected purchases over the horizon. */
  expectedPurchases: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma; the population mean for customers without a repeat purchase). */
  expectedSpend: Float64Array;
  /** Discounted profit over the horizon: Σ over months of (expected purchases in the month × spend × margin) / (1 + d)^month. */
  clv: Float64Array;
}

/**
 * Each customer's P(alive), expected purchases and spend, and lifetime value: the expected
 * purchases month by month over the horizon (differences of the BG/NBD conditional expectation),
 * each month's profit discounted to today.
 */
export function customerValues(
  summary: PurchaseSummary,
  bg: BgNbdParams,
  gg: GammaGammaParams,
  settings: ValueSettings,
): CustomerValues {
  const n = summary.frequency.length;
  const out: CustomerValues = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
  };
  const month = MONTH_DAYS / unitDays(summary.unit);
  const { horizonMonths, monthlyDiscount, margin } = settings;
  // Customers with the same (x, tₓ, T) expect the same purchases: computed once per group.
  const known = new Map<string, { alive: number; months: Float64Array }>();
  for (let i = 0; i < n; i++) {
    const x = summary.frequency[i];
    const tx = summary.recency[i];
    const T = summary.T[i];
    const key = `${x}|${tx}|${T}`;
    let entry = known.get(key);
    if (!entry) {
      const months = new Float64Array(horizonMonths + 1);
      for (let m = 1; m <= horizonMonths; m++) months[m] = expectedPurchases(bg, m * month, x, tx, T);
      entry = { alive: pAlive(bg, x, tx, T), months };
      known.set(key, entry);
    }
    const spend = expectedSpend(gg, x, summary.monetary[i]);
    let value = 0;
    for (let m = 1; m <= horizonMonths; m++)
      value += ((entry.months[m] - entry.months[m - 1]) * spend * margin) / (1 + monthlyDiscount) ** m;
    out.pAlive[i] = entry.alive;
    out.expectedPurchases[i] = entry.months[horizonMonths];
    out.expectedSpend[i] = spend;
    out.clv[i] = value;
  }
  return out;
}
