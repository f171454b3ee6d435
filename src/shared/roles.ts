import { z } from 'zod';

/** One row per order line, or one row per customer. */
export const DATASET_KINDS = ['transactions', 'customers'] as const;
export const datasetKindSchema = z.enum(DATASET_KINDS);
export type DatasetKind = z.infer<typeof datasetKindSchema>;

/**
 * How to reach a customer: e-mail, mobile phone, names, postcode and country. Both kinds of dataset
 * can hold them (an order export repeats them on each of a customer's lines); export presets for
 * e-mail, SMS and ad platforms read them (src/shared/presets.ts).
 */
export const CONTACT_ROLES = ['email', 'phone', 'firstName', 'lastName', 'fullName', 'postcode', 'country'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

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
  'productId',
  'productName',
  ...CONTACT_ROLES,
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
export const CUSTOMER_ROLES = [
  'customerId',
  ...CUSTOMER_ONLY,
  ...CONTACT_ROLES.filter((r): r is Exclude<ContactRole, 'country'> => r !== 'country'),
] as const;
export const ROLES = [...TRANSACTION_ROLES, ...CUSTOMER_ONLY.filter((r) => r !== 'country')] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose column must hold numbers, and roles whose column must hold dates. */
export const NUMBER_ROLES: readonly Role[] = [
  'amount',
  'quantity',
  'unitPrice',
  'age',
  'birthYear',
  'income',
  'recency',
  'orderCount',
  'revenue',
];
export const DATE_ROLES: readonly Role[] = ['orderDate', 'signupDate', 'lastPurchase'];

/**
 * Why a file was taken for its kind: the user chose it; customer ids repeat (order lines); ids
 * occur once but order dates with amounts or order ids are there (one order per customer); ids
 * occur once and nothing says orders (one row per customer); neither ids nor orders.
 */
export const KIND_REASONS = ['chosen', 'idsRepeat', 'orderColumns', 'idsUnique', 'noOrders'] as const;
export const kindDecisionSchema = z.object({
  reason: z.enum(KIND_REASONS),
  /** The columns the decision rests on (the customer id, the order date and amount or order id). */
  columns: z.array(z.string()),
});
export type KindDecision = z.infer<typeof kindDecisionSchema>;

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

/**
 * The columns mapped to a role that is not a contact role: the order's own columns (id, date,
 * money, product). A contact column (e-mail, name, country) describes the customer, so it stays a
 * per-customer column for rules, clustering, personas, exports and the Overview's places.
 */
export function orderRoleColumns(roles: RoleMapping): Set<string> {
  const contact = new Set<string>(CONTACT_ROLES);
  return new Set(
    Object.entries(roles)
      .filter(([role, column]) => !contact.has(role) && typeof column === 'string' && column !== '')
      .map(([, column]) => column as string),
  );
}

/** A kind's roles in the two groups the role pickers show: what the data says, then how to reach the customer. */
export function roleGroups(kind: DatasetKind): { key: 'dataRoles' | 'contactRoles'; roles: Role[] }[] {
  const contact: readonly Role[] =
    kind === 'customers'
      ? [...CONTACT_ROLES.filter((r) => r !== 'country'), 'city', 'province', 'country']
      : CONTACT_ROLES;
  return [
    { key: 'dataRoles', roles: rolesFor(kind).filter((r) => !contact.includes(r)) },
    { key: 'contactRoles', roles: [...contact] },
  ];
}
