import type { Table } from 'apache-arrow';
import { missingRoleError } from '../../../shared/missing-role';
import type { RoleMapping } from '../../../shared/roles';
import { DAY_MS } from '../features/customer-features';
import { orderKeys, purchaseRows, utcDays } from '../features/purchase-rows';
import { columnIndex, roleNumbers } from '../features/role-numbers';
import { rowSpend } from '../features/row-spend';
import { KIND_KEY } from '../table/table-data';
import type { OverviewRows } from './overview-rows';

const MINUTE_MS = 60_000;

/**
 * The Overview's rows of a transactions table: purchaseRows when a customer id is mapped, else
 * the same days, spends and order keys with no customer (−1) — orders alone. The time of day
 * is kept when the order date is a date-time column whose times are not all midnight.
 */
export function readOverviewRows(table: Table, roles: RoleMapping): OverviewRows {
  const dates = roleNumbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw missingRoleError(['orderDate']);
  const minute = minutesOf(table, roles.orderDate!, dates);
  if (roles.customerId) {
    const rows = purchaseRows(table, roles);
    return {
      customer: rows.customer,
      day: rows.day,
      spend: rows.spend,
      order: rows.order(),
      minute,
      customers: rows.customers,
      ids: rows.ids,
    };
  }
  const spent = rowSpend(table, roles);
  if (!spent) throw missingRoleError(['amount'], 'Spend is read from an amount, or a quantity and a unit price.');
  return {
    customer: new Int32Array(table.numRows).fill(-1),
    day: utcDays(dates),
    spend: spent.spend,
    order: orderKeys(table, roles),
    minute,
    customers: 0,
    ids: () => [],
  };
}

/** Minutes after midnight of each row (NaN: no date); null when the column holds days only, or every time is midnight. */
function minutesOf(table: Table, column: string, dates: Float64Array): Float64Array | null {
  const kind = table.schema.fields[columnIndex(table, column)]?.metadata.get(KIND_KEY);
  if (kind !== 'datetime') return null;
  const minute = new Float64Array(dates.length);
  let timed = false;
  for (let r = 0; r < dates.length; r++) {
    const ms = dates[r];
    const m = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / MINUTE_MS);
    minute[r] = m;
    if (m > 0) timed = true;
  }
  return timed ? minute : null;
}
