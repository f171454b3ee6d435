import { expectedSpend, type GammaGammaParams } from './gamma-gamma';
import type { PurchaseModelFunctions } from './purchase-models';
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
  /** Days after the calibration end by which a purchase is expected with 50 % chance; NaN: not within the horizon. */
  nextPurchaseDays: Float64Array;
}

/** The chance of a purchase at which it counts as expected. */
export const NEXT_PURCHASE_CHANCE = 0.5;

/**
 * The first whole day d (1…horizonDays) after the calibration end by which a customer with
 * (x, tₓ, T) makes a purchase with at least 50 % chance; NaN if none. The chance of no purchase
 * in the next t periods is L(x, tₓ, T + t) / L(x, tₓ, T) in any of the models (the history, then
 * t more periods without a purchase), which only falls with t: bisection on days.
 */
export function nextPurchaseDay(
  model: PurchaseModelFunctions,
  x: number,
  tx: number,
  T: number,
  perDay: number,
  horizonDays: number,
): number {
  const here = model.customerLogLikelihood(x, tx, T);
  const bought = (day: number) => 1 - Math.exp(model.customerLogLikelihood(x, tx, T + day * perDay) - here);
  if (!(bought(horizonDays) >= NEXT_PURCHASE_CHANCE)) return Number.NaN;
  let lo = 0;
  let hi = horizonDays;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (bought(mid) >= NEXT_PURCHASE_CHANCE) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Each customer's P(alive), expected purchases and spend, and lifetime value: the expected
 * purchases month by month over the horizon (differences of the purchase model's conditional
 * expectation), each month's profit discounted to today; and the day of the next purchase.
 */
export function customerValues(
  summary: PurchaseSummary,
  model: PurchaseModelFunctions,
  gg: GammaGammaParams,
  settings: ValueSettings,
): CustomerValues {
  const n = summary.frequency.length;
  const out: CustomerValues = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
    nextPurchaseDays: new Float64Array(n),
  };
  const perDay = 1 / unitDays(summary.unit);
  const horizonDays = Math.round(settings.horizonMonths * MONTH_DAYS);
  const month = MONTH_DAYS / unitDays(summary.unit);
  const { horizonMonths, monthlyDiscount, margin } = settings;
  // Customers with the same (x, tₓ, T) expect the same purchases: computed once per group.
  const known = new Map<string, { alive: number; months: Float64Array; next: number }>();
  for (let i = 0; i < n; i++) {
    const x = summary.frequency[i];
    const tx = summary.recency[i];
    const T = summary.T[i];
    const key = `${x}|${tx}|${T}`;
    let entry = known.get(key);
    if (!entry) {
      const months = new Float64Array(horizonMonths + 1);
      for (let m = 1; m <= horizonMonths; m++) months[m] = model.expectedPurchases(m * month, x, tx, T);
      entry = { alive: model.pAlive(x, tx, T), months, next: nextPurchaseDay(model, x, tx, T, perDay, horizonDays) };
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
    out.nextPurchaseDays[i] = entry.next;
  }
  return out;
}
