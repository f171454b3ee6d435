import { Field, Int32, makeData, type Table } from 'apache-arrow';
import {
  ISSUE_CODES,
  type IssueCode,
  type Policies,
  type Policy,
  type QualityIssue,
  type QualityReport,
} from '../../../shared/quality';
import type { DatasetKind, Role, RoleMapping } from '../../../shared/roles';
import { ParsedColumn } from '../io/parsed-column';
import type { RawTable } from '../io/raw-table';
import { columnArrays, integerIds } from '../table/column-arrays';
import { allDistinct, floatCodes } from '../table/float-codes';
import { columnData, KIND_KEY, tableOf } from '../table/table-data';
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
const NUMERIC_ROLES: Role[] = [
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
    if (i < 0) return null;
    const source = raw.columns[i];
    // A cell that is null after typing was empty, or written but unreadable (never so on the fast path).
    const written = source instanceof ParsedColumn ? null : source.finishCodes();
    return { name: name!, arrays: columnArrays(table, i), written };
  };
  /**
   * Checks each readable value of a role's number or date column (UTC ms for dates): a value
   * past the limit (`v > limit` with 'above', `v <= limit` with 'atMost', `v < limit` with
   * 'below') is a hit of `code`. A cell written but unreadable counts as `unreadable`; an empty
   * one as `empty`, when given. One loop per column, no call per value.
   */
  const scan = (
    role: Role,
    unreadable: IssueCode,
    test: { code: IssueCode; op: 'above' | 'atMost' | 'below'; limit: number } | null,
    empty?: IssueCode,
  ) => {
    const c = column(role);
    if (!c || c.arrays.type !== 'number') return;
    const values = c.arrays.values;
    const op = test === null ? 0 : test.op === 'above' ? 1 : test.op === 'atMost' ? 2 : 3;
    const limit = test?.limit ?? 0;
    for (let r = 0; r < n; r++) {
      const v = values[r];
      if (v === v) {
        if (op === 1 ? v > limit : op === 2 ? v <= limit : op === 3 && v < limit) hit(test!.code, r, c.name);
      } else if (c.written && c.written[r] >= 0) hit(unreadable, r, c.name);
      else if (empty) hit(empty, r, c.name);
    }
  };

  /**
   * An id role's column, per row a code of its value (-1 = empty): ids stored as numbers are
   * coded on their values (no texts made); texts without a prefix test are left alone.
   */
  const idColumn = (role: Role) => {
    const i = index(setup.roles[role]);
    if (i < 0) return null;
    const name = setup.roles[role]!;
    const numbers = integerIds(table, i);
    if (numbers) return { name, numbers, arrays: null };
    const arrays = columnArrays(table, i);
    return arrays.type === 'dictionary' ? { name, numbers: null, arrays } : null;
  };

  const id = idColumn('customerId');
  if (id?.numbers) {
    for (let r = 0; r < n; r++) if (id.numbers[r] !== id.numbers[r]) hit('missing_customer_id', r, id.name);
  } else if (id?.arrays) {
    const codes = id.arrays.codes;
    for (let r = 0; r < n; r++) if (codes[r] < 0) hit('missing_customer_id', r, id.name);
  }

  for (const role of DATE_ROLES) {
    const isOrderDate = role === 'orderDate';
    scan(
      role,
      isOrderDate ? 'unparsable_date' : 'unparsable_number',
      { code: 'future_date', op: 'above', limit: setup.now },
      isOrderDate ? 'missing_order_date' : undefined,
    );
  }
  const transactions = setup.kind === 'transactions';
  for (const role of NUMERIC_ROLES) {
    let test: Parameters<typeof scan>[2] = null;
    if (transactions && role === 'quantity') test = { code: 'non_positive_quantity', op: 'atMost', limit: 0 };
    else if (transactions && role === 'unitPrice') test = { code: 'non_positive_price', op: 'atMost', limit: 0 };
    else if (transactions && role === 'amount') test = { code: 'negative_amount', op: 'below', limit: 0 };
    scan(role, 'unparsable_number', test);
  }
  // Order ids stored as numbers have no prefix: no cancellations among them.
  const order = idColumn('orderId');
  if (order?.arrays && setup.kind === 'transactions') {
    const prefix = new TextEncoder().encode(setup.cancellationPrefix ?? 'C');
    const { size, offsets, bytes } = order.arrays.dictionary;
    // A cancellation's order id is the prefix followed by a digit (C536379), tested on the bytes.
    const cancelled = new Uint8Array(size);
    for (let e = 0; e < size; e++) {
      const start = offsets[e];
      if (offsets[e + 1] - start <= prefix.length) continue;
      let match = true;
      for (let k = 0; k < prefix.length && match; k++) match = bytes[start + k] === prefix[k];
      const next = bytes[start + prefix.length];
      cancelled[e] = match && next >= 48 && next <= 57 ? 1 : 0;
    }
    const codes = order.arrays.codes;
    for (let r = 0; r < n; r++) if (codes[r] >= 0 && cancelled[codes[r]]) hit('cancellation', r, order.name);
  }
  // Rows that differ in a column of all-distinct values (an order line number, say) cannot repeat.
  if (!hasUniqueColumn(table)) findDuplicates(raw, (r) => hit('duplicate_row', r, null));
  if (id && setup.kind === 'customers') {
    const { codes, size } = id.numbers
      ? floatCodes(id.numbers)!
      : { codes: id.arrays!.codes, size: id.arrays!.dictionary.size };
    const seen = new Uint8Array(size);
    for (let r = 0; r < n; r++) {
      const code = codes[r];
      if (code < 0) continue;
      if (seen[code]) hit('duplicate_customer_id', r, id.name);
      else seen[code] = 1;
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
    // An id is text, also when stored as a number.
    out[f.name] =
      v === undefined || v === null
        ? null
        : typeof v === 'number' && f.metadata.get(KIND_KEY) === 'id'
          ? String(v)
          : (v as string | number | boolean);
  });
  return out;
}

/** Some dictionary column, or id column of numbers, has no empty cell and a different value on every row. */
function hasUniqueColumn(table: Table): boolean {
  const full = (i: number) => columnData(table, i).nullCount === 0 && table.numRows > 0;
  const fields = table.schema.fields.map((_, i) => i);
  return (
    fields.some((i) => {
      const data = columnData(table, i);
      return data.dictionary !== undefined && full(i) && data.dictionary.length === data.length;
    }) ||
    fields.some((i) => {
      const numbers = full(i) ? integerIds(table, i) : null;
      return numbers !== null && allDistinct(numbers);
    })
  );
}

/**
 * Calls back for every row that repeats an earlier row cell for cell: compared on the raw
 * cells (dictionary codes of the texts; for parsed columns the value and how it was written,
 * which together are the text). Row hashes are folded column by column, then rows go into one
 * open-addressing table (row numbers + 1; 0 = empty) with no allocation per row.
 */
function findDuplicates(raw: RawTable, onDuplicate: (row: number) => void): void {
  const n = raw.rowCount;
  const hashes = new Int32Array(n).fill(0x811c9dc5 | 0);
  const same: ((a: number, b: number) => boolean)[] = [];
  for (const column of raw.columns) {
    if (column instanceof ParsedColumn) {
      const values = column.finishValues();
      const words = new Int32Array(values.buffer, values.byteOffset, n * 2);
      const forms = column.finishForms();
      for (let r = 0; r < n; r++) {
        let h = Math.imul(hashes[r] ^ words[2 * r], 0x01000193);
        h = Math.imul(h ^ words[2 * r + 1], 0x01000193);
        hashes[r] = Math.imul(h ^ forms[r], 0x01000193);
      }
      same.push(
        (a, b) => words[2 * a] === words[2 * b] && words[2 * a + 1] === words[2 * b + 1] && forms[a] === forms[b],
      );
    } else {
      const codes = column.finishCodes();
      for (let r = 0; r < n; r++) hashes[r] = Math.imul(hashes[r] ^ codes[r], 0x01000193);
      same.push((a, b) => codes[a] === codes[b]);
    }
  }
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let r = 0; r < n; r++) {
    let h = hashes[r];
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const other = slots[slot] - 1;
      if (other < 0) {
        slots[slot] = r + 1;
        break;
      }
      if (hashes[other] === hashes[r] && same.every((eq) => eq(other, r))) {
        onDuplicate(r);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** Adds the per-row flags as a hidden Int32 column. */
export function withFlags(table: Table, flags: Int32Array): Table {
  const fields = [...table.schema.fields, new Field(FLAGS_COLUMN, new Int32(), false, new Map([[KIND_KEY, 'flags']]))];
  const children = [
    ...table.schema.fields.map((_, i) => columnData(table, i)),
    makeData({ type: new Int32(), length: flags.length, data: flags }),
  ];
  return tableOf(fields, children, table.numRows);
}
