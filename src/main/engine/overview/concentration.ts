import type { PersonalKind } from '../../../shared/exports';
import type { Concentration } from '../../../shared/overview';
import { isoOfDay } from './days';
import { ordersIn } from './figures';
import type { OrderBook } from './order-book';
import type { Days } from './period';

/** The shares of revenue of the top 1 %, 10 % and 20 % of customers. */
export const TOPS = [0.01, 0.1, 0.2] as const;
const LARGEST = 10;

/**
 * How concentrated the range's revenue is among its customers: the Pareto curve (at most 101
 * points), the top shares (the round(top × n) biggest, at least one, as the report's
 * revenueConcentration counts them), and the largest customers. Null with no customer or no
 * positive revenue.
 */
export function concentration(
  book: OrderBook,
  p: Days,
  ids: () => string[],
  personal: PersonalKind | null = null,
): Concentration | null {
  const { lo, hi } = ordersIn(book, p);
  // Per customer, side by side (one cache line for the three, on large data): spend, orders, last day.
  const acc = new Float64Array(3 * book.firstDay.length);
  let total = 0;
  for (let o = lo; o < hi; o++) {
    const c = book.customer[o];
    if (c < 0) continue;
    acc[3 * c] += book.revenue[o];
    acc[3 * c + 1]++;
    acc[3 * c + 2] = book.day[o];
    total += book.revenue[o];
  }
  return concentrationOfSums(acc, total, ids, personal);
}

/**
 * The concentration of revenue from each customer's sums, side by side in `acc` (spend, orders,
 * last order day; a customer without an order in the range has 0 orders) and their `total`.
 */
export function concentrationOfSums(
  acc: Float64Array,
  total: number,
  ids: () => string[],
  personal: PersonalKind | null,
): Concentration | null {
  const size = acc.length / 3;
  let n = 0;
  for (let c = 0; c < size; c++) if (acc[3 * c + 1] > 0) n++;
  if (n === 0 || !(total > 0)) return null;
  const active = new Int32Array(n);
  const sorted = new Float64Array(n);
  for (let c = 0, i = 0; c < size; c++)
    if (acc[3 * c + 1] > 0) {
      active[i] = c;
      sorted[i++] = acc[3 * c];
    }
  sorted.sort().reverse();
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i] + sorted[i];
  const steps = Math.min(n, 100);
  const curve = Array.from({ length: steps + 1 }, (_, j): [number, number] => {
    const count = Math.round((j * n) / steps);
    return [count / n, cumulative[count] / total];
  });
  const top = TOPS.map((share) => {
    const customers = Math.max(1, Math.round(share * n));
    return { top: share, customers, share: cumulative[customers] / total };
  });
  const names = ids();
  const largest = biggest(active, (c) => acc[3 * c]).map((c) => ({
    id: names[c],
    revenue: acc[3 * c],
    share: acc[3 * c] / total,
    orders: acc[3 * c + 1],
    lastOrder: isoOfDay(acc[3 * c + 2]),
  }));
  return { customers: n, personal, curve, top, largest };
}

/** The LARGEST customers by spend, biggest first (ties: the earlier code first). */
function biggest(active: Int32Array, spend: (c: number) => number): number[] {
  const best: number[] = [];
  for (const c of active) {
    if (best.length === LARGEST && spend(c) <= spend(best[LARGEST - 1])) continue;
    let at = best.length;
    while (at > 0 && spend(best[at - 1]) < spend(c)) at--;
    best.splice(at, 0, c);
    if (best.length > LARGEST) best.pop();
  }
  return best;
}
