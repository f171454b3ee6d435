import type { OverviewRows } from '../overview-rows';

/** Each customer's first purchase day before `before` (Infinity: none). */
export function firstDays(rows: OverviewRows, before: number): Float64Array {
  const first = new Float64Array(rows.customers).fill(Number.POSITIVE_INFINITY);
  const { customer, day } = rows;
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    const d = day[r];
    if (c >= 0 && d < before && d < first[c]) first[c] = d;
  }
  return first;
}
