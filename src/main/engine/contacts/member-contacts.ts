import type { Table } from 'apache-arrow';
import type { ContactField } from '../../../shared/presets';
import type { DatasetKind, RoleMapping } from '../../../shared/roles';

/** Each member's contact values, read from the columns whose roles say what they hold. */
export interface MemberContacts {
  /** Members (rows of the run's members table). */
  size: number;
  /** The column each field comes from (a field the data has no column for is absent). */
  columns: Partial<Record<ContactField, string>>;
  /** A member's value, trimmed (null when missing or blank). */
  value(field: ContactField, row: number): string | null;
}

export interface MemberContactsInput {
  /** The run's members' customer ids, in member-row order. */
  ids: readonly string[];
  /** The run's dataset: a customers dataset (one row per customer) or order lines (a customer's latest non-blank value). */
  dataset: { kind: DatasetKind; table: Table; roles: RoleMapping };
  /** The customers dataset linked to the transactions, whose contact columns fill what the order lines lack. */
  linked: { table: Table; roles: RoleMapping } | null;
}

/**
 * The members' contact values (built in issue 27 by the contact-roles part): from a customers
 * dataset's row; from order lines, the value on the customer's latest line that has one (ties:
 * the later line in the file); a linked customers dataset fills fields the order lines lack.
 */
export function memberContacts(_input: MemberContactsInput): MemberContacts {
  throw new Error('memberContacts: not built yet');
}
