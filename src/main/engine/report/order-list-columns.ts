import type { Table } from 'apache-arrow';
import { ORDER_FIELD_NAMES, orderValueName } from '../../../shared/order-facts';
import type { RoleMapping } from '../../../shared/roles';
import type { CustomerTable } from '../features/customer-table';
import {
  attributeColumns,
  columnLabel,
  memberColumns,
  numberColumn,
  textColumn,
  type MemberColumnsInput,
  type SourceColumn,
} from './member-columns';

export interface OrderListInput extends Pick<MemberColumnsInput, 'members' | 'result' | 'notes' | 'lang' | 'currency'> {
  /** The orders' fields (derived and own), one row per order in the run's row order. */
  orders: CustomerTable;
  /** The order file, one row per order. */
  dataset: { table: Table; roles: RoleMapping };
}

/**
 * Every column an order-segments run's order list can be exported with: order id, segment, the
 * run's own values, the derived order fields (province, region, status …) and the file's own
 * columns — all standard — then the segment's notes.
 */
export function orderListColumns(input: OrderListInput): SourceColumn[] {
  const base = memberColumns({ ...input, features: null, attributes: null, transactions: null });
  const notes = base.pop()!;
  const [id, segment, ...rest] = base;
  const n = input.members.numRows;
  const taken = new Set([...base.map((c) => c.key), 'notes']);
  const label = (key: string) => columnLabel(key, { currency: input.currency });
  const derived: SourceColumn[] = [];
  for (const f of input.orders.fields) {
    if (taken.has(f.name) || !(f.name in ORDER_FIELD_NAMES)) continue;
    taken.add(f.name);
    if (f.kind === 'category') {
      const text = (row: number) =>
        f.codes[row] < 0 ? null : orderValueName(f.name, f.labels[f.codes[row]], input.lang);
      derived.push(textColumn(f.name, 'feature', text, 0, true, label(f.name)));
    } else derived.push(numberColumn(f.name, 'feature', f.values, f.kind === 'date', true, label(f.name)));
  }
  const { roles } = input.dataset;
  if (roles.orderId) taken.add(roles.orderId);
  const identity = Int32Array.from({ length: n }, (_, r) => r);
  const own = attributeColumns(
    input.dataset.table,
    { ...roles, customerId: undefined },
    Array.from({ length: n }, () => ''),
    taken,
    false,
    identity,
  ).map((c) => ({ ...c, standard: true }));
  return [{ ...id, label: ORDER_ID }, { ...segment, label: ORDER_SEGMENT }, ...rest, ...derived, ...own, notes];
}

const ORDER_ID = { en: 'Order ID', 'zh-CN': '订单编号' };
const ORDER_SEGMENT = { en: 'Segment', 'zh-CN': '订单分群' };
