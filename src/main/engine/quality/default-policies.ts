import type { IssueCode, Policy } from '../../../shared/quality';
import type { DatasetKind } from '../../../shared/roles';

/**
 * Sensible, visible defaults. Transactions: rows that cannot be attributed or dated, cancelled
 * orders and non-positive quantities or prices are dropped; duplicates (the same item twice on
 * one order is real), future dates and unreadable numbers are kept and flagged, and so are
 * numbers too large for a double (read as missing), dates before 1900 (read as written) and ids
 * a spreadsheet may have rounded;
 * a customer whose total spend would be too large is dropped.
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
    // A numeral past the largest double (1e400, Infinity) is read as missing, like an unreadable number.
    number_out_of_range: 'flag',
    // A customer whose spend sums past it cannot be scored: the customer's rows are dropped.
    total_out_of_range: 'drop',
    early_date: 'flag',
  };
  if (kind === 'customers') return { ...common, unparsable_date: 'flag', missing_order_date: 'keep' };
  return common;
}
