import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../../../../../src/shared/column-spec';
import { ISSUE_CODES } from '../../../../../src/shared/quality';
import type { RoleMapping } from '../../../../../src/shared/roles';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { assessQuality, type QualitySetup } from '../../../../../src/main/engine/quality/assess-quality';
import { prepareCsvText, readCsvText } from '../../../../helpers/csv-text';

const NOW = Date.UTC(2024, 5, 1);

/** Reads CSV text, types it (ids as ids) and assesses it. */
async function assess(text: string, types: Record<string, ColumnKind>, setup: Omit<QualitySetup, 'now'>) {
  const typed = toTypedTable(await readCsvText(text), types);
  return { typed, ...assessQuality(typed.table, typed.raw, { now: NOW, ...setup }) };
}

/** One row per issue (file lines 3 to 14), after a clean first row. */
const ORDERS = `order_id,customer,date,qty,price,amount
1,A,2024-01-01,1,10,10
2,,2024-01-02,1,10,10
3,B,,1,10,10
4,B,not a date,1,10,10
5,C,2024-01-05,x,10,10
6,C,2024-01-06,0,10,10
7,D,2024-01-07,1,-1,10
8,D,2024-01-08,1,10,-5
C9,E,2024-01-09,1,10,10
1,A,2024-01-01,1,10,10
10,F,2030-01-01,1,10,10
11,G,2024-01-11,1,10
12,G,2024-01-12,1,10,10,extra
`;
const TYPES: Record<string, ColumnKind> = {
  order_id: 'id',
  customer: 'id',
  date: 'date',
  qty: 'integer',
};
const ROLES: RoleMapping = {
  orderId: 'order_id',
  customerId: 'customer',
  orderDate: 'date',
  quantity: 'qty',
  unitPrice: 'price',
  amount: 'amount',
};

describe('assessQuality on transactions', () => {
  it('counts each issue once, on its column, with its file line and policy', async () => {
    const { report } = await assess(ORDERS, TYPES, { kind: 'transactions', roles: ROLES });
    expect(report.issues.map((i) => [i.code, i.count, i.column, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['missing_customer_id', 1, 'customer', 'drop', [3]],
      ['missing_order_date', 1, 'date', 'drop', [4]],
      ['unparsable_date', 1, 'date', 'drop', [5]],
      ['unparsable_number', 1, 'qty', 'flag', [6]],
      ['non_positive_quantity', 1, 'qty', 'drop', [7]],
      ['non_positive_price', 1, 'price', 'drop', [8]],
      ['negative_amount', 1, 'amount', 'drop', [9]],
      ['cancellation', 1, 'order_id', 'drop', [10]],
      ['duplicate_row', 1, null, 'flag', [11]],
      ['future_date', 1, 'date', 'flag', [12]],
      ['short_row', 1, null, 'flag', [13]],
      ['long_row', 1, null, 'flag', [14]],
    ]);
    expect(report.rowsRead).toBe(13);
    expect(report.rowsKept).toBe(6);
  });

  it('keeps the example row’s values (an id as text, a date as UTC ms, an empty cell as null)', async () => {
    const { report } = await assess(ORDERS, TYPES, { kind: 'transactions', roles: ROLES });
    expect(report.issues.find((i) => i.code === 'missing_customer_id')!.examples).toEqual([
      {
        line: 3,
        values: { order_id: '2', customer: null, date: Date.UTC(2024, 0, 2), qty: 1, price: 10, amount: 10 },
      },
    ]);
  });

  it('drops, keeps or flags each row as the policies say, a bit per flagged issue', async () => {
    const { keep, flags } = await assess(ORDERS, TYPES, { kind: 'transactions', roles: ROLES });
    expect([...keep]).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
    const bit = (code: (typeof ISSUE_CODES)[number]) => 1 << ISSUE_CODES.indexOf(code);
    expect([...flags]).toEqual([
      0,
      0,
      0,
      0,
      bit('unparsable_number'),
      0,
      0,
      0,
      0,
      bit('duplicate_row'),
      bit('future_date'),
      bit('short_row'),
      bit('long_row'),
    ]);
    const relaxed = await assess(ORDERS, TYPES, {
      kind: 'transactions',
      roles: ROLES,
      policies: { cancellation: 'keep', missing_customer_id: 'flag', future_date: 'drop' },
    });
    expect([...relaxed.keep]).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(relaxed.flags[1]).toBe(bit('missing_customer_id'));
    expect(relaxed.flags[8]).toBe(0);
  });

  it('takes the cancellation prefix it is given (then a digit)', async () => {
    const text = 'order_id,customer,date,amount\nX1,A,2024-01-01,1\nXY,B,2024-01-01,1\nC2,C,2024-01-01,1\n';
    const { report } = await assess(
      text,
      { order_id: 'id', customer: 'id', date: 'date' },
      {
        kind: 'transactions',
        roles: { orderId: 'order_id', customerId: 'customer', orderDate: 'date', amount: 'amount' },
        cancellationPrefix: 'X',
      },
    );
    expect(report.issues.map((i) => [i.code, i.count, i.examples.map((e) => e.line)])).toEqual([
      ['cancellation', 1, [2]],
    ]);
  });

  it('gives at most three examples of an issue, and counts every row', async () => {
    const text = `customer,date,amount\n${',2024-01-01,1\n'.repeat(5)}A,2024-01-01,1\n`;
    const { report } = await assess(
      text,
      { customer: 'id', date: 'date' },
      {
        kind: 'transactions',
        roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
      },
    );
    expect(report.issues.map((i) => [i.code, i.count, i.examples.map((e) => e.line)])).toEqual([
      ['missing_customer_id', 5, [2, 3, 4]],
      ['duplicate_row', 4, [3, 4, 5]],
    ]);
  });

  it('finds no duplicate rows when a column holds a different value on every row', async () => {
    const text = 'line,customer,date,amount\n1,A,2024-01-01,5\n2,A,2024-01-01,5\n';
    const { report } = await assess(
      text,
      { line: 'id', customer: 'id', date: 'date' },
      {
        kind: 'transactions',
        roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
      },
    );
    expect(report.issues).toEqual([]);
    expect(report.rowsKept).toBe(2);
  });
});

describe('assessQuality on customers', () => {
  const CUSTOMERS = 'id,name,signup\n1,a,2024-01-01\n2,b,2024-01-02\n1,c,2024-01-03\n';
  const setup = { kind: 'customers' as const, roles: { customerId: 'id', signupDate: 'signup' } };

  it('flags a repeated customer id (stored as a number) by default, and drops it when told to', async () => {
    const flagged = await assess(CUSTOMERS, { id: 'id', signup: 'date' }, setup);
    expect(
      flagged.report.issues.map((i) => [i.code, i.count, i.column, i.policy, i.examples.map((e) => e.line)]),
    ).toEqual([['duplicate_customer_id', 1, 'id', 'flag', [4]]]);
    expect(flagged.report.issues[0].examples[0].values).toEqual({ id: '1', name: 'c', signup: Date.UTC(2024, 0, 3) });
    const dropped = await assess(
      CUSTOMERS,
      { id: 'id', signup: 'date' },
      { ...setup, policies: { duplicate_customer_id: 'drop' } },
    );
    expect([...dropped.keep]).toEqual([1, 1, 0]);
    expect(dropped.report.rowsKept).toBe(2);
  });
});

describe('assessQuality: numbers and dates at the edges', () => {
  /** 5,000 orders of 50 customers, then the given rows. */
  const orders = (...extra: string[]) =>
    [
      'customer_id,order_date,amount',
      ...Array.from({ length: 5000 }, (_, i) => `C${i % 50},2024-0${1 + (i % 9)}-1${i % 10},${(i % 97) + 0.5}`),
      ...extra,
    ].join('\n');

  it('counts one 1e400 among 5,000 amounts as number_out_of_range (flagged, read as missing); the column stays a number', async () => {
    const p = await prepareCsvText(orders('C7,2024-03-05,1e400', 'C8,2024-03-06,-Infinity'));
    expect(p.columns.find((c) => c.name === 'amount')!.spec.kind).toBe('decimal');
    expect(p.quality.issues.map((i) => [i.code, i.count, i.column, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['number_out_of_range', 2, 'amount', 'flag', [5002, 5003]],
    ]);
    // The example shows the cell as written; the stored value is missing.
    expect(p.quality.issues[0].examples[0].values).toEqual({
      customer_id: 'C7',
      order_date: Date.UTC(2024, 2, 5),
      amount: '1e400',
    });
    expect(p.table.getChild('amount')!.get(5000)).toBeNull();
    expect(p.quality.rowsKept).toBe(5002);
  });

  it('counts NaN, #DIV/0! and a 1.234,56 among 1,234.56 as unreadable numbers, the column still a number', async () => {
    const p = await prepareCsvText(
      [
        'customer_id,order_date,amount',
        ...Array.from({ length: 100 }, (_, i) => `C${i % 9},2024-01-0${1 + (i % 9)},"${i + 1},234.56"`),
        'C1,2024-01-01,NaN',
        'C2,2024-01-02,#DIV/0!',
        'C3,2024-01-03,"1.234,56"',
      ].join('\n'),
    );
    expect(p.columns.find((c) => c.name === 'amount')!.spec).toEqual({
      kind: 'decimal',
      number: { decimal: '.', percent: false, currency: null },
    });
    expect(p.roles.amount).toBe('amount');
    expect(p.quality.issues.map((i) => [i.code, i.count, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['unparsable_number', 3, 'flag', [102, 103, 104]],
    ]);
    expect(p.table.getChild('amount')!.get(0)).toBe(1234.56);
    expect(p.quality.issues[0].examples.map((e) => e.values.amount)).toEqual(['NaN', '#DIV/0!', '1.234,56']);
  });

  it('reads a year 0001 order date as written and flags dates before 1900 as early_date', async () => {
    const p = await prepareCsvText(orders('C7,0001-03-05,10', 'C8,1899-12-31,10', 'C9,1900-01-01,10'));
    expect(p.quality.issues.map((i) => [i.code, i.count, i.column, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['early_date', 2, 'order_date', 'flag', [5002, 5003]],
    ]);
    const dates = p.table.getChild('order_date')!;
    expect(new Date(dates.get(5000) as number).toISOString()).toBe('0001-03-05T00:00:00.000Z');
    expect(new Date(dates.get(5002) as number).toISOString()).toBe('1900-01-01T00:00:00.000Z');
  });
});
