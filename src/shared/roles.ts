import { z } from 'zod';

/** One row per order line, or one row per customer. */
export const DATASET_KINDS = ['transactions', 'customers'] as const;
export const datasetKindSchema = z.enum(DATASET_KINDS);
export type DatasetKind = z.infer<typeof datasetKindSchema>;

/** What a column means. Transactions use the first group; customers datasets the second. */
export const TRANSACTION_ROLES = [
  'customerId',
  'orderId',
  'orderDate',
  'amount',
  'quantity',
  'unitPrice',
  'category',
  'channel',
] as const;
const CUSTOMER_ONLY = [
  'gender',
  'age',
  'birthYear',
  'income',
  'city',
  'province',
  'country',
  'education',
  'occupation',
  'maritalStatus',
  'signupDate',
  'recency',
  'lastPurchase',
  'orderCount',
  'revenue',
] as const;
export const CUSTOMER_ROLES = ['customerId', ...CUSTOMER_ONLY] as const;
export const ROLES = [...TRANSACTION_ROLES, ...CUSTOMER_ONLY] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Role → column name. */
export const roleMappingSchema = z.partialRecord(roleSchema, z.string());
export type RoleMapping = z.infer<typeof roleMappingSchema>;

/** Roles a dataset of this kind cannot do without. */
export function requiredRoles(kind: DatasetKind): Role[] {
  // A transactions file without a customer id (an order export) still imports, as orders only.
  return kind === 'transactions' ? ['orderDate'] : ['customerId'];
}

export function rolesFor(kind: DatasetKind): readonly Role[] {
  return kind === 'transactions' ? TRANSACTION_ROLES : CUSTOMER_ROLES;
}
