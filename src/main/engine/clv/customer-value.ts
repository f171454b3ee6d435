import { expectedSpend, type GammaGammaParams } from './gamma-gamma';
import type { PurchaseModelFunctions } from './purchase-models';
import { groupCustomers } from './group-summary';
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
 * in the next t periods (the model's noPurchase: L(x, tₓ, T + t) / L(x, tₓ, T)) only falls with t:
 * bisection on days.
 */
export function nextPurchaseDay(
  model: PurchaseModelFunctions,
  x: number,
  tx: number,
  T: number,
  perDay: number,
  horizonDays: number,
): number {
  const none = model.noPurchase(x, tx, T);
  const bought = (day: number) => 1 - none(day * perDay);
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

/** Customers handled between two calls of customerValues' `step`. */
const STEP_CUSTOMERS = 1 << 14;

/**
 * Each customer's P(alive), expected purchases and spend, and lifetime value: the expected
 * purchases month by month over the horizon (differences of the purchase model's conditional
 * expectation, P(alive) times that of a customer alive), each month's profit discounted to today;
 * and the day of the next purchase. Customers with the same (x, tₓ, T) are computed once.
 * `step` is called with the share done (progress, and a cancel that throws).
 */
export function customerValues(
  summary: PurchaseSummary,
  model: PurchaseModelFunctions,
  gg: GammaGammaParams,
  settings: ValueSettings,
  step: (fraction: number) => void = () => undefined,
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
  const { groups, of } = groupCustomers(summary.frequency, summary.recency, summary.T);
  // Each month's profit share, discounted: margin / (1 + d)^m.
  const discount = Float64Array.from({ length: horizonMonths + 1 }, (_, m) => margin / (1 + monthlyDiscount) ** m);
  // Per group: P(alive), the expected purchases over the horizon, Σ over months of the month's
  // expected purchases × its discount (the value per unit of spend), the next purchase day.
  const done = new Uint8Array(groups.x.length);
  const alive = new Float64Array(groups.x.length);
  const purchases = new Float64Array(groups.x.length);
  const perSpend = new Float64Array(groups.x.length);
  const next = new Float64Array(groups.x.length);
  for (let i = 0; i < n; i++) {
    if (i % STEP_CUSTOMERS === 0) step(i / n);
    const g = of[i];
    const x = summary.frequency[i];
    if (!done[g]) {
      const [tx, T] = [summary.recency[i], summary.T[i]];
      alive[g] = model.pAlive(x, tx, T);
      let before = 0;
      for (let m = 1; m <= horizonMonths; m++) {
        const upTo = alive[g] * model.expectedIfAlive(m * month, x, T);
        perSpend[g] += (upTo - before) * discount[m];
        before = upTo;
      }
      purchases[g] = before;
      next[g] = nextPurchaseDay(model, x, tx, T, perDay, horizonDays);
      done[g] = 1;
    }
    const spend = expectedSpend(gg, x, summary.monetary[i]);
    out.pAlive[i] = alive[g];
    out.expectedPurchases[i] = purchases[g];
    out.expectedSpend[i] = spend;
    out.clv[i] = perSpend[g] * spend;
    out.nextPurchaseDays[i] = next[g];
  }
  step(1);
  return out;
}
