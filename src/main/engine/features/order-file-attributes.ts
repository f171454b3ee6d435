import type { Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import { customerCodes } from './customer-codes';
import { attributeFields, type CustomerField } from './customer-table';
import { firstRows, perCustomerColumns, type PerCustomerColumn } from './per-customer-columns';
import { roleNumbers } from './role-numbers';
import { mapInt32 } from '../table/map-typed';

/**
 * An order file's columns that describe the customer (Country in Online Retail) as customer
 * fields for the given customers: each customer's value is the one on the customer's first row
 * (the earliest order date, ties by file order). `perCustomer` names them with the number of
 * customers whose rows hold more than one value.
 */
export function orderFileAttributes(
  table: Table,
  roles: RoleMapping,
  ids: readonly string[],
  analysisDate: number,
): { fields: CustomerField[]; perCustomer: PerCustomerColumn[] } {
  const { codes, ids: texts, numbers, size } = customerCodes(table, roles.customerId);
  const first = firstRows(codes, size, roleNumbers(table, roles.orderDate, 'orderDate'));
  const perCustomer = perCustomerColumns(table, roles, codes, first);
  if (perCustomer.length === 0) return { fields: [], perCustomer };
  const codeOf = new Map<string, number>();
  for (let c = 0; c < size; c++) if (first[c] >= 0) codeOf.set(texts ? texts[c] : String(numbers![c]), c);
  const customerRow = mapInt32(ids, (id) => {
    const c = codeOf.get(id);
    return c === undefined ? -1 : first[c];
  });
  const columns = table.select(perCustomer.map((c) => c.name));
  return { fields: attributeFields(columns, {}, customerRow, analysisDate), perCustomer };
}
