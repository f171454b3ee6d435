import type { Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import { customerCodes } from '../features/customer-codes';
import { columnIndex } from '../features/role-numbers';
import { rowSpend } from '../features/row-spend';
import { columnArrays } from '../table/column-arrays';
import type { IssueTally } from './issue-tally';

/** Is every mapped column `roles` names a number column (or none mapped)? */
const numeric = (table: Table, names: (string | undefined)[]) =>
  names.every((name) => {
    const i = columnIndex(table, name);
    return i < 0 || columnArrays(table, i).type === 'number';
  });

/**
 * Customers whose spend adds up past the largest double (two orders of 1e308 each): every row of
 * theirs that is still kept counts as total_out_of_range, so a run never sums to infinity.
 * Customers are told apart only when the spend of all kept rows overflows together: on real
 * data this is one pass over the spend.
 */
export function checkTotals(table: Table, roles: RoleMapping, tally: IssueTally): void {
  if (columnIndex(table, roles.customerId) < 0 || !numeric(table, [roles.amount, roles.quantity, roles.unitPrice]))
    return;
  const spend = rowSpend(table, roles)?.spend;
  if (!spend) return;
  const { keep } = tally;
  const n = spend.length;
  // Sums in a typed array, not a local double: the loop then makes no garbage (+8 MiB peak at 10^6 rows otherwise).
  const all = new Float64Array(2);
  for (let r = 0; r < n; r++) {
    if (!keep[r]) continue;
    const s = spend[r];
    if (s > 0) all[0] += s;
    else if (s < 0) all[1] -= s;
  }
  if (Number.isFinite(all[0] + all[1])) return;
  const { codes, size } = customerCodes(table, roles.customerId);
  const totals = new Float64Array(size);
  for (let r = 0; r < n; r++) if (keep[r] && codes[r] >= 0 && spend[r] === spend[r]) totals[codes[r]] += spend[r];
  const column = roles.amount ?? roles.unitPrice ?? null;
  for (let r = 0; r < n; r++) {
    const c = codes[r];
    if (keep[r] && c >= 0 && !Number.isFinite(totals[c])) tally.hit('total_out_of_range', r, column);
  }
}
