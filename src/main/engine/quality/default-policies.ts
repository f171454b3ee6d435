import type { IssueCode, Policy } from '../../../shared/quality';
import type { DatasetKind } from '../../../shared/roles';

/**
 * Sensible, visible defaults. Transactions: rows that cannot be attributed or dated, cancelled
 * orders and non-positive quantities or prices are dropped; duplicates (the same item twice on
 * one order is real), future dates, unreadable numbers and ids a spreadsheet may have rounded are
 * kept and flagged.
 */
export function defaultPolicies(kind: DatasetKind): Record<IssueCode, Policy> {
  const common: Record<IssueCode, Policy> = {
    missing_customer_id: 'drop',
    missing_order_date: 'drop',
    unparsable_date: 'drop',
    unparsable_number: 'flag',
    non_positive_quantity: 'drop',
    non_positive_price: 'drop',
    negative_amount: 'drop',
    cancellation: 'drop',
    duplicate_row: 'flag',
    duplicate_customer_id: 'flag',
    future_date: 'flag',
    short_row: 'flag',
    long_row: 'flag',
    rounded_id: 'flag',
  };
  if (kind === 'customers') return { ...common, unparsable_date: 'flag', missing_order_date: 'keep' };
  return common;
}
