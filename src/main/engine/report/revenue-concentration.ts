import type { Concentration } from './report-input';

/**
 * How concentrated revenue is: the share of all spend that the top `top` (a fraction) of
 * customers by spend bring — the round(top × n) biggest spenders, at least one. Null when there
 * is no positive revenue to share. Customers without a spend (NaN) are left out.
 */
export function revenueConcentration(spend: ArrayLike<number>, top = 0.2): Concentration | null {
  const values = Float64Array.from(spend).filter((v) => Number.isFinite(v));
  let total = 0;
  for (const v of values) total += v;
  if (values.length === 0 || !(total > 0)) return null;
  values.sort().reverse();
  const customers = Math.max(1, Math.round(top * values.length));
  let sum = 0;
  for (let i = 0; i < customers; i++) sum += values[i];
  return { top, customers, share: sum / total };
}
