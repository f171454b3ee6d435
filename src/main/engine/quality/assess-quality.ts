import type { Table } from 'apache-arrow';
import type { IssueCode, Policies, Policy, QualityReport } from '../../../shared/quality';
import { DATE_ROLES, NUMBER_ROLES, type DatasetKind, type Role, type RoleMapping } from '../../../shared/roles';
import { ParsedColumn } from '../io/parsed-column';
import type { RawTable } from '../io/raw-table';
import { columnArrays, integerIds } from '../table/column-arrays';
import { floatCodes } from '../table/float-codes';
import { cancelledOrders } from './cancelled-orders';
import { defaultPolicies } from './default-policies';
import { findDuplicateRows } from './find-duplicate-rows';
import { isOutOfRange } from '../io/types/parse-number';
import { checkTotals } from './check-totals';
import { IssueTally } from './issue-tally';

export interface QualitySetup {
  kind: DatasetKind;
  roles: RoleMapping;
  policies?: Policies;
  /** "Now" in UTC milliseconds: dates after it are in the future (injectable for tests). */
  now: number;
  /** Order ids starting with this (then a digit) are cancellations. */
  cancellationPrefix?: string;
}

export interface QualityResult {
  report: QualityReport;
  /** 1 for each row that is imported. */
  keep: Uint8Array;
  /** Per row, a bit per flagged issue (bit i = ISSUE_CODES[i]). */
  flags: Int32Array;
}

/** What every check reads: the typed table, its raw cells, the setup, and the tally it adds to. */
interface Checked {
  table: Table;
  raw: RawTable;
  setup: QualitySetup;
  tally: IssueTally;
}

/** A value past the limit (`v > limit` with 'above', `v <= limit` with 'atMost', `v < limit` with 'below') is a hit of `code`. */
type Limit = { code: IssueCode; op: 'above' | 'atMost' | 'below'; limit: number };

const columnOf = ({ raw, setup }: Checked, role: Role) => {
  const name = setup.roles[role];
  return name === undefined ? -1 : raw.names.indexOf(name);
};

/**
 * Checks each readable value of a role's number or date column (UTC ms for dates) against
 * `tests`. A cell written but unreadable counts as `unreadable` (a number column's numeral too
 * large for a double, as number_out_of_range); an empty one as `empty`, when given. One loop
 * per test, no call per value.
 */
function scan(checked: Checked, role: Role, unreadable: IssueCode, tests: readonly Limit[], empty?: IssueCode): void {
  const { table, raw, tally } = checked;
  const i = columnOf(checked, role);
  if (i < 0) return;
  const name = checked.setup.roles[role]!;
  const arrays = columnArrays(table, i);
  if (arrays.type !== 'number') return;
  const source = raw.columns[i];
  const values = arrays.values;
  const n = table.numRows;
  for (const test of tests) {
    const { limit } = test;
    const op = test.op === 'above' ? 1 : test.op === 'atMost' ? 2 : 3;
    for (let r = 0; r < n; r++) {
      const v = values[r];
      if (op === 1 ? v > limit : op === 2 ? v <= limit : v < limit) tally.hit(test.code, r, name);
    }
  }
  // A cell that is null after typing was empty, or written but unreadable (never so on the fast path).
  const written = source instanceof ParsedColumn ? null : source.finishCodes();
  // Each unreadable text judged once, decoded alone (they are few): a numeral past the largest double is out of range.
  const judged = new Map<number, IssueCode>();
  const judge = (code: number) => {
    let issue = judged.get(code);
    if (issue === undefined) {
      const number = unreadable === 'unparsable_number' && !(source instanceof ParsedColumn);
      issue = number && isOutOfRange(source.textOf(code)) ? 'number_out_of_range' : unreadable;
      judged.set(code, issue);
    }
    return issue;
  };
  for (let r = 0; r < n; r++) {
    if (values[r] === values[r]) continue;
    if (written && written[r] >= 0) tally.hit(judge(written[r]), r, name);
    else if (empty) tally.hit(empty, r, name);
  }
}

/**
 * An id role's column, per row a code of its value (-1 = empty): ids stored as numbers are
 * coded on their values (no texts made); texts without a prefix test are left alone.
 */
function idColumn(checked: Checked, role: Role) {
  const i = columnOf(checked, role);
  if (i < 0) return null;
  const name = checked.setup.roles[role]!;
  const numbers = integerIds(checked.table, i);
  if (numbers) return { name, numbers, arrays: null };
  const arrays = columnArrays(checked.table, i);
  return arrays.type === 'dictionary' ? { name, numbers: null, arrays } : null;
}

/** Rows without a customer id; in a customers table, also each repeat of an id. */
function checkCustomerIds(checked: Checked): void {
  const { tally } = checked;
  const n = checked.table.numRows;
  const id = idColumn(checked, 'customerId');
  if (!id) return;
  if (id.numbers) {
    for (let r = 0; r < n; r++) if (id.numbers[r] !== id.numbers[r]) tally.hit('missing_customer_id', r, id.name);
  } else if (id.arrays) {
    const codes = id.arrays.codes;
    for (let r = 0; r < n; r++) if (codes[r] < 0) tally.hit('missing_customer_id', r, id.name);
  }
  if (checked.setup.kind !== 'customers') return;
  const { codes, size } = id.numbers
    ? floatCodes(id.numbers)!
    : { codes: id.arrays!.codes, size: id.arrays!.dictionary.size };
  const seen = new Uint8Array(size);
  for (let r = 0; r < n; r++) {
    const code = codes[r];
    if (code < 0) continue;
    if (seen[code]) tally.hit('duplicate_customer_id', r, id.name);
    else seen[code] = 1;
  }
}

/** Dates before this are read as written, and flagged: a year 0001 is more likely a typo than an order. */
export const EARLIEST_PLAUSIBLE = Date.UTC(1900, 0, 1);

/** Dates: unreadable, missing order dates, dates before 1900 or after now; numbers: unreadable or out of range, and a transaction's impossible values. */
function checkValues(checked: Checked): void {
  for (const role of DATE_ROLES) {
    const isOrderDate = role === 'orderDate';
    scan(
      checked,
      role,
      isOrderDate ? 'unparsable_date' : 'unparsable_number',
      [
        { code: 'early_date', op: 'below', limit: EARLIEST_PLAUSIBLE },
        { code: 'future_date', op: 'above', limit: checked.setup.now },
      ],
      isOrderDate ? 'missing_order_date' : undefined,
    );
  }
  const transactions = checked.setup.kind === 'transactions';
  for (const role of NUMBER_ROLES) {
    const tests: Limit[] = [];
    if (transactions && role === 'quantity') tests.push({ code: 'non_positive_quantity', op: 'atMost', limit: 0 });
    else if (transactions && role === 'unitPrice') tests.push({ code: 'non_positive_price', op: 'atMost', limit: 0 });
    else if (transactions && role === 'amount') tests.push({ code: 'negative_amount', op: 'below', limit: 0 });
    scan(checked, role, 'unparsable_number', tests);
  }
}

/** A transaction whose order id is the cancellation prefix and a digit (order ids stored as numbers have none). */
function checkCancellations(checked: Checked): void {
  const order = idColumn(checked, 'orderId');
  if (!order?.arrays || checked.setup.kind !== 'transactions') return;
  const cancelled = cancelledOrders(order.arrays.dictionary, checked.setup.cancellationPrefix ?? 'C');
  const codes = order.arrays.codes;
  const n = checked.table.numRows;
  for (let r = 0; r < n; r++)
    if (codes[r] >= 0 && cancelled[codes[r]]) checked.tally.hit('cancellation', r, order.name);
}

/**
 * Ids a spreadsheet held as numbers of 2^53 or more (customer or order id): a double keeps about 16
 * digits, so the program that wrote the file may have rounded them, and merged different ids.
 */
function checkRoundedIds(checked: Checked): void {
  const seen = new Set<number>();
  for (const role of ['customerId', 'orderId'] as const) {
    const i = columnOf(checked, role);
    const rounded = checked.raw.roundedNumbers?.find((m) => m.column === i);
    if (i < 0 || !rounded) continue;
    for (const r of rounded.rows) {
      if (seen.has(r)) continue;
      seen.add(r);
      checked.tally.hit('rounded_id', r, checked.setup.roles[role]!);
    }
  }
}

/**
 * Finds every problem row (missing ids or dates, unreadable cells, numbers and customers' totals
 * too large for a double, non-positive quantities or prices, cancellations, ids a spreadsheet may
 * have rounded, exact duplicates, dates before 1900 or in the future, ragged rows), counts it with three
 * example rows, and decides per row from the policies whether it is dropped, kept or flagged.
 */
export function assessQuality(table: Table, raw: RawTable, setup: QualitySetup): QualityResult {
  const policies: Record<IssueCode, Policy> = { ...defaultPolicies(setup.kind), ...setup.policies };
  const tally = new IssueTally(table.numRows, policies);
  const checked: Checked = { table, raw, setup, tally };
  checkCustomerIds(checked);
  checkValues(checked);
  checkCancellations(checked);
  checkRoundedIds(checked);
  if (setup.kind === 'transactions') checkTotals(table, setup.roles, tally);
  findDuplicateRows(table, raw, (r) => tally.hit('duplicate_row', r, null));
  for (const r of raw.shortRows.rows) tally.hit('short_row', r, null);
  for (const r of raw.longRows.rows) tally.hit('long_row', r, null);
  const report = { rowsRead: table.numRows, rowsKept: tally.rowsKept(), issues: tally.issues(table, raw) };
  return { report, keep: tally.keep, flags: tally.flags };
}
