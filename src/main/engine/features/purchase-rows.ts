import { missingRoleError } from '../../../shared/missing-role';
import type { Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import { customerCodes } from './customer-codes';
import { DAY_MS } from './customer-features';
import { columnKeys } from './distinct-per-customer';
import { columnIndex, roleNumbers } from './role-numbers';
import { rowSpend } from './row-spend';

/**
 * The transactions as the CLV models read them: each row's customer (coded as customerFeatures
 * codes them, so the customers come out in the same order), UTC day number and spend.
 */
export function purchaseRows(
  table: Table,
  roles: RoleMapping,
): {
  customer: Int32Array;
  day: Float64Array;
  spend: Float64Array;
  customers: number;
  ids: () => string[];
  order: () => Float64Array;
} {
  const { codes, size, ids, numbers: idNumbers } = customerCodes(table, roles.customerId);
  const dates = roleNumbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw missingRoleError(['orderDate']);
  const spent = rowSpend(table, roles);
  if (!spent) throw missingRoleError(['amount'], 'Spend is read from an amount, or a quantity and a unit price.');
  return {
    customer: codes,
    day: utcDays(dates),
    spend: spent.spend,
    customers: size,
    // Each customer's id as text (as a run's members hold it), and each row's order key (NaN: none), when asked for.
    ids: () => ids ?? Array.from(idNumbers!, String),
    order: () => orderKeys(table, roles),
  };
}

/** Each row's order key (0 … orders − 1, dense; NaN: the row has no order id, or no order id is mapped). */
export function orderKeys(table: Table, roles: RoleMapping): Float64Array {
  const index = columnIndex(table, roles.orderId);
  const keys = index >= 0 ? columnKeys(table, index) : null;
  if (!keys) return new Float64Array(table.numRows).fill(Number.NaN);
  // Loops, not TypedArray.from with a mapping function: this runs on every row of large files.
  const { key, offset } = keys;
  const out = new Float64Array(key.length);
  for (let r = 0; r < out.length; r++) out[r] = key[r] - offset >= 0 ? key[r] - offset : Number.NaN;
  return out;
}

/** Each date's UTC day number (NaN: no date). */
export function utcDays(dates: Float64Array): Float64Array {
  const out = new Float64Array(dates.length);
  for (let r = 0; r < out.length; r++) out[r] = Math.floor(dates[r] / DAY_MS);
  return out;
}
