import type { Table } from 'apache-arrow';
import { orderRoleColumns, type RoleMapping } from '../../../shared/roles';
import { columnArrays } from '../table/column-arrays';
import { KIND_KEY } from '../table/table-data';

/**
 * Each customer's first row (-1 = none): the earliest by `dates` (UTC ms), ties by file order;
 * rows without a date come after every dated one. Without dates, the first row in file order.
 */
export function firstRows(customer: Int32Array, size: number, dates: Float64Array | null): Int32Array {
  const first = new Int32Array(size).fill(-1);
  const at = (r: number) => (dates === null ? 0 : dates[r] === dates[r] ? dates[r] : Number.POSITIVE_INFINITY);
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    // Strictly earlier only: an equal date keeps the row met first in the file.
    if (c >= 0 && (first[c] < 0 || at(r) < at(first[c]))) first[c] = r;
  }
  return first;
}

/**
 * How many customers have a row whose value in column `index` differs from the value on their
 * first row (a missing value differs from a present one); null for a column whose values cannot
 * be compared (neither numbers nor texts).
 */
function varyingCustomers(table: Table, index: number, customer: Int32Array, first: Int32Array): number | null {
  const arrays = columnArrays(table, index);
  const same =
    arrays.type === 'number'
      ? (a: number, b: number) =>
          arrays.values[a] === arrays.values[b] ||
          (arrays.values[a] !== arrays.values[a] && arrays.values[b] !== arrays.values[b])
      : arrays.type === 'dictionary'
        ? (a: number, b: number) => arrays.codes[a] === arrays.codes[b]
        : null;
  if (!same) return null;
  const varies = new Uint8Array(first.length);
  let varying = 0;
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    if (c < 0 || varies[c] || same(r, first[c])) continue;
    varies[c] = 1;
    varying++;
  }
  return varying;
}

/**
 * The rule for "one value per customer", the same for exports, rules, clustering and personas:
 * every customer's rows agree with the customer's first row, but for at most 1 % of the customers
 * (at least one may differ): real exports have a few, such as a customer who moved country.
 * Returns how many customers have more than one value, or null when the column is not per customer.
 */
export function oneValuePerCustomer(
  table: Table,
  index: number,
  customer: Int32Array,
  first: Int32Array,
): number | null {
  const varying = varyingCustomers(table, index, customer, first);
  if (varying === null) return null;
  let customers = 0;
  for (const f of first) if (f >= 0) customers++;
  return varying <= Math.max(1, customers * 0.01) ? varying : null;
}

/** A column of an order file that holds one value per customer, and how many customers have more than one. */
export interface PerCustomerColumn {
  name: string;
  several: number;
}

/** Column kinds that make customer fields: categories, numbers and dates (not free text nor ids). */
const FIELD_KINDS = new Set(['category', 'integer', 'decimal', 'date', 'datetime']);

/**
 * The columns of an order file that describe the customer rather than the order (Country in
 * Online Retail): not mapped to an order role (a contact role such as country does not count), of
 * a kind a rule or a cluster can use, and one value per customer by `oneValuePerCustomer`.
 */
export function perCustomerColumns(
  table: Table,
  roles: RoleMapping,
  customer: Int32Array,
  first: Int32Array,
): PerCustomerColumn[] {
  const mapped = orderRoleColumns(roles);
  const out: PerCustomerColumn[] = [];
  table.schema.fields.forEach((field, index) => {
    if (mapped.has(field.name) || !FIELD_KINDS.has(field.metadata.get(KIND_KEY) ?? '')) return;
    const several = oneValuePerCustomer(table, index, customer, first);
    if (several !== null) out.push({ name: field.name, several });
  });
  return out;
}
