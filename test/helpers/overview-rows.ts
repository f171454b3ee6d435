import type { OverviewRows } from '../../src/main/engine/overview/overview-rows';

/** A row written by hand: the customer (null: none), the day, the spend, the order and the time (minutes). */
export interface HandRow {
  customer: string | null;
  day: string;
  spend?: number;
  order?: number;
  minute?: number;
}

export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** OverviewRows of a handful of rows: customers coded in order of first appearance. */
export function handRows(rows: HandRow[]): OverviewRows {
  const ids: string[] = [];
  const code = new Map<string, number>();
  const customer = Int32Array.from(rows, (r) => {
    if (r.customer === null) return -1;
    if (!code.has(r.customer)) {
      code.set(r.customer, ids.length);
      ids.push(r.customer);
    }
    return code.get(r.customer)!;
  });
  const times = rows.some((r) => r.minute !== undefined);
  return {
    customer,
    day: Float64Array.from(rows, (r) => dayNumber(r.day)),
    spend: Float64Array.from(rows, (r) => r.spend ?? Number.NaN),
    order: Float64Array.from(rows, (r) => r.order ?? Number.NaN),
    minute: times ? Float64Array.from(rows, (r) => r.minute ?? Number.NaN) : null,
    customers: ids.length,
    ids: () => ids,
  };
}

/** `n` customers named prefix0…, each with the rows `make` gives it. */
export function manyCustomers(n: number, prefix: string, make: (id: string, i: number) => HandRow[]): HandRow[] {
  return Array.from({ length: n }, (_, i) => make(`${prefix}${i}`, i)).flat();
}
