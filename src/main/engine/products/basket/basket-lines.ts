import type { Table } from 'apache-arrow';
import { missingRoleError } from '../../../../shared/missing-role';
import type { ItemLevel } from '../../../../shared/products';
import type { RoleMapping } from '../../../../shared/roles';
import { customerCodes } from '../../features/customer-codes';
import { columnKeys } from '../../features/distinct-per-customer';
import { utcDays } from '../../features/purchase-rows';
import { columnIndex, roleNumbers } from '../../features/role-numbers';
import { rowSpend } from '../../features/row-spend';
import { itemLines, type ItemLines } from '../item-lines';
import type { Baskets } from './frequent-itemsets';

/** A dataset's lines as basket rules read them: each row's order and item, and its customer (for one segment's orders). */
export interface BasketLines {
  /** Per row: the order (0 … orderCount − 1; -1: none). */
  order: Int32Array;
  orderCount: number;
  /** How orders were told apart: by the order id, or a customer's lines on one day. */
  orderedBy: 'orderId' | 'customerDay';
  lines: ItemLines;
  /** Per row: the customer (-1: none), and each customer's id as text (as a run's members hold it). */
  customer: Int32Array;
  customerIds: () => string[];
}

/**
 * The orders and items of a dataset's rows at one level (null when it has no column for the
 * level). Orders are distinct order ids; without an order id, a customer's lines on one day.
 */
export function basketLines(
  table: Table,
  roles: RoleMapping,
  level: ItemLevel,
  nonProducts: readonly string[],
): BasketLines | null {
  const lines = itemLines(table, roles, level, nonProducts, rowSpend(table, roles)?.spend ?? null);
  if (!lines) return null;
  const { codes, ids, numbers } = customerCodes(table, roles.customerId);
  const customerIds = () => ids ?? Array.from(numbers!, String);
  const index = columnIndex(table, roles.orderId);
  const keys = index >= 0 ? columnKeys(table, index) : null;
  if (keys) {
    const order = new Int32Array(table.numRows);
    for (let r = 0; r < order.length; r++) {
      const k = keys.key[r] - keys.offset;
      order[r] = k >= 0 ? k : -1;
    }
    return { order, orderCount: keys.size, orderedBy: 'orderId', lines, customer: codes, customerIds };
  }
  const dates = roleNumbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw missingRoleError(['orderId']);
  const { order, size } = customerDays(codes, utcDays(dates));
  return { order, orderCount: size, orderedBy: 'customerDay', lines, customer: codes, customerIds };
}

/** Each row's (customer, day) pair numbered densely (-1: no customer or no day). */
function customerDays(customer: Int32Array, day: Float64Array): { order: Int32Array; size: number } {
  const seen = new Map<number, number>();
  const order = new Int32Array(customer.length);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < day.length; r++)
    if (day[r] === day[r]) {
      if (day[r] < minDay) minDay = day[r];
      if (day[r] > maxDay) maxDay = day[r];
    }
  const span = maxDay - minDay + 1;
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    const d = day[r];
    if (c < 0 || d !== d) {
      order[r] = -1;
      continue;
    }
    const key = c * span + (d - minDay);
    let o = seen.get(key);
    if (o === undefined) seen.set(key, (o = seen.size));
    order[r] = o;
  }
  return { order, size: seen.size };
}

/**
 * The orders as sets of items, from the rows `keep` lets through (all when null): only orders
 * with at least one item, numbered by first appearance; each item once per order.
 */
export function basketsOf(lines: BasketLines, keep: Uint8Array | null): Baskets {
  const { order, orderCount } = lines;
  const item = lines.lines.item;
  const itemCount = lines.lines.items.length;
  const dense = new Int32Array(orderCount).fill(-1);
  let orders = 0;
  const sizes: number[] = [];
  for (let r = 0; r < item.length; r++) {
    const o = order[r];
    if (item[r] < 0 || o < 0 || (keep && !keep[r])) continue;
    if (dense[o] < 0) {
      dense[o] = orders++;
      sizes.push(0);
    }
    sizes[dense[o]]++;
  }
  const starts = new Int32Array(orders + 1);
  for (let o = 0; o < orders; o++) starts[o + 1] = starts[o] + sizes[o];
  const filled = starts.slice(0, orders);
  const all = new Int32Array(starts[orders]);
  for (let r = 0; r < item.length; r++) {
    const o = order[r];
    if (item[r] < 0 || o < 0 || (keep && !keep[r])) continue;
    all[filled[dense[o]]++] = item[r];
  }
  // Each item once per order.
  const lastOrder = new Int32Array(itemCount).fill(-1);
  const offsets = new Int32Array(orders + 1);
  let n = 0;
  for (let o = 0; o < orders; o++) {
    for (let k = starts[o]; k < starts[o + 1]; k++) {
      const i = all[k];
      if (lastOrder[i] === o) continue;
      lastOrder[i] = o;
      all[n++] = i;
    }
    offsets[o + 1] = n;
  }
  return { offsets, items: all.subarray(0, n), itemCount };
}
