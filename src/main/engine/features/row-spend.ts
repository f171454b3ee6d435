import type { Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import { roleNumbers } from './role-numbers';
import { mapFloat64 } from '../table/map-typed';

/** A row's spend: its amount, else quantity × unit price (null when neither is mapped). */
export function rowSpend(table: Table, roles: RoleMapping): { spend: Float64Array; amount: boolean } | null {
  const amount = roleNumbers(table, roles.amount, 'amount');
  if (amount) return { spend: amount, amount: true };
  const quantity = roleNumbers(table, roles.quantity, 'quantity');
  const price = roleNumbers(table, roles.unitPrice, 'unitPrice');
  if (!quantity || !price) return null;
  return { spend: mapFloat64(quantity, (q, r) => q * price[r]), amount: false };
}
