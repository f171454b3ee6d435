import { Field, Int32, makeData, type Table } from 'apache-arrow';
import { ISSUE_CODES, type IssueCode, type Policies, type Policy, type QualityIssue, type QualityReport } from '../../../shared/quality';
import type { DatasetKind, Role, RoleMapping } from '../../../shared/roles';
import type { RawTable } from '../io/raw-table';
import { KIND_KEY } from '../io/to-typed-table';
import { columnData, tableOf } from '../table/table-data';
import { defaultPolicies } from './default-policies';

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

export const FLAGS_COLUMN = '__flags';
const EXAMPLES = 3;
const NUMERIC_ROLES: Role[] = ['amount', 'quantity', 'unitPrice', 'age', 'birthYear', 'income', 'recency', 'orderCount', 'revenue'];
const DATE_ROLES: Role[] = ['orderDate', 'signupDate', 'lastPurchase'];

/**
 * Finds every problem row (missing ids or dates, unreadable cells, non-positive quantities or
 * prices, cancellations, exact duplicates, future dates, ragged rows), counts it with three
 * example rows, and decides per row from the policies whether it is dropped, kept or flagged.
 */
export function assessQuality(table: Table, raw: RawTable, setup: QualitySetup): QualityResult {
  const n = table.numRows;
  const policies: Record<IssueCode, Policy> = { ...defaultPolicies(setup.kind), ...setup.policies };
  const found = new Map<IssueCode, { count: number; column: string | null; rows: number[] }>();
  const keep = new Uint8Array(n).fill(1);
  const flags = new Int32Array(n);
  const hit = (code: IssueCode, row: number, column: string | null) => {
    let issue = found.get(code);
    if (!issue) found.set(code, (issue = { count: 0, column, rows: [] }));
    issue.count++;
    if (issue.rows.length < EXAMPLES) issue.rows.push(row);
    const policy = policies[code];
    if (policy === 'drop') keep[row] = 0;
    else if (policy === 'flag') flags[row] |= 1 << ISSUE_CODES.indexOf(code);
  };
  const index = (name: string | undefined) => (name === undefined ? -1 : raw.names.indexOf(name));
  const column = (role: Role) => {
    const name = setup.roles[role];
    const i = index(name);
    return i < 0 ? null : { name: name!, vector: table.getChildAt(i)!, rawCodes: raw.columns[i].finishCodes() };
  };

  const id = column('customerId');
  if (id) for (let r = 0; r < n; r++) if (id.vector.get(r) === null) hit('missing_customer_id', r, id.name);

  for (const role of DATE_ROLES) {
    const c = column(role);
    if (!c) continue;
    for (let r = 0; r < n; r++) {
      const v = c.vector.get(r) as number | null;
      if (v === null) {
        if (c.rawCodes[r] >= 0) hit(role === 'orderDate' ? 'unparsable_date' : 'unparsable_number', r, c.name);
        else if (role === 'orderDate') hit('missing_order_date', r, c.name);
      } else if (v > setup.now) hit('future_date', r, c.name);
    }
  }
  for (const role of NUMERIC_ROLES) {
    const c = column(role);
    if (!c) continue;
    for (let r = 0; r < n; r++) {
      const v = c.vector.get(r) as number | null;
      if (v === null) {
        if (c.rawCodes[r] >= 0) hit('unparsable_number', r, c.name);
        continue;
      }
      if (setup.kind !== 'transactions') continue;
      if (role === 'quantity' && v <= 0) hit('non_positive_quantity', r, c.name);
      else if (role === 'unitPrice' && v <= 0) hit('non_positive_price', r, c.name);
      else if (role === 'amount' && v < 0) hit('negative_amount', r, c.name);
    }
  }
  const order = column('orderId');
  if (order && setup.kind === 'transactions') {
    const prefix = setup.cancellationPrefix ?? 'C';
    const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d`);
    for (let r = 0; r < n; r++) {
      const v = order.vector.get(r);
      if (typeof v === 'string' && pattern.test(v)) hit('cancellation', r, order.name);
    }
  }
  findDuplicates(raw, (r) => hit('duplicate_row', r, null));
  if (id && setup.kind === 'customers') {
    const seen = new Set<unknown>();
    for (let r = 0; r < n; r++) {
      const v = id.vector.get(r);
      if (v === null) continue;
      if (seen.has(v)) hit('duplicate_customer_id', r, id.name);
      else seen.add(v);
    }
  }
  for (const r of raw.shortRows.rows) hit('short_row', r, null);
  for (const r of raw.longRows.rows) hit('long_row', r, null);

  let rowsKept = 0;
  for (let r = 0; r < n; r++) rowsKept += keep[r];
  const issues: QualityIssue[] = ISSUE_CODES.filter((code) => found.has(code)).map((code) => {
    const issue = found.get(code)!;
    return {
      code,
      count: issue.count,
      policy: policies[code],
      column: issue.column,
      examples: issue.rows.map((r) => ({ line: raw.lines[r], values: exampleValues(table, r) })),
    };
  });
  return { report: { rowsRead: n, rowsKept, issues }, keep, flags };
}

function exampleValues(table: Table, row: number): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  table.schema.fields.forEach((f, i) => {
    const v = table.getChildAt(i)!.get(row) as unknown;
    out[f.name] = v === undefined ? null : (v as string | number | boolean | null);
  });
  return out;
}

/** Calls back for every row that repeats an earlier row cell for cell (compared on the raw cells). */
function findDuplicates(raw: RawTable, onDuplicate: (row: number) => void): void {
  const codes = raw.columns.map((c) => c.finishCodes());
  const width = codes.length;
  const seen = new Map<number, number[]>();
  const same = (a: number, b: number) => {
    for (let c = 0; c < width; c++) if (codes[c][a] !== codes[c][b]) return false;
    return true;
  };
  for (let r = 0; r < raw.rowCount; r++) {
    let h = 0x811c9dc5;
    for (let c = 0; c < width; c++) h = Math.imul(h ^ codes[c][r], 0x01000193);
    const bucket = seen.get(h);
    if (!bucket) {
      seen.set(h, [r]);
      continue;
    }
    if (bucket.some((earlier) => same(earlier, r))) onDuplicate(r);
    else bucket.push(r);
  }
}

/** Adds the per-row flags as a hidden Int32 column. */
export function withFlags(table: Table, flags: Int32Array): Table {
  const fields = [...table.schema.fields, new Field(FLAGS_COLUMN, new Int32(), false, new Map([[KIND_KEY, 'flags']]))];
  const children = [...table.schema.fields.map((_, i) => columnData(table, i)), makeData({ type: new Int32(), length: flags.length, data: flags })];
  return tableOf(fields, children, table.numRows);
}
