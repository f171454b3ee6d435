import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, type QualityReport } from '../../../../../src/shared/quality';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import type { RawTable } from '../../../../../src/main/engine/io/raw-table';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { FLAGS_COLUMN } from '../../../../../src/main/engine/quality/with-flags';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { rawColumn } from '../../../../helpers/raw-texts';

const NOW = Date.UTC(2026, 10, 23);
const issue = (report: QualityReport, code: string) => report.issues.find((i) => i.code === code);

describe('prepareDataset on Online Retail (541,909 rows)', () => {
  let raw: RawTable;
  beforeAll(async () => {
    raw = await readTable(sharedData('online_retail_uci.csv.gz'));
  });

  it('keeps exactly the clean rows with the default policy: 397,884 rows, 4,338 customers, revenue 8,911,407.90', () => {
    const p = prepareDataset(raw, { now: NOW, fallbackCurrency: 'GBP' });
    expect(p.kind).toBe('transactions');
    expect(p.quality.rowsRead).toBe(541909);
    expect(p.quality.rowsKept).toBe(397884);
    expect(p.table.numRows).toBe(397884);
    const ids = p.table.getChild('CustomerID')!;
    expect(new Set(ids).size).toBe(4338);
    expect(ids.get(0)).toBe('17850');
    const q = p.table.getChild('Quantity')!.toArray() as Float64Array;
    const price = p.table.getChild('UnitPrice')!.toArray() as Float64Array;
    let revenue = 0;
    for (let i = 0; i < q.length; i++) revenue += q[i] * price[i];
    expect(revenue).toBeCloseTo(8911407.9, 1);
    expect(p.columns.find((c) => c.name === 'CustomerID')!.spec).toEqual({ kind: 'id' });
    expect(p.currency).toBe('GBP');
  });

  it('counts every problem with its policy and three example rows with line numbers', () => {
    const p = prepareDataset(raw, { now: NOW, fallbackCurrency: 'GBP' });
    const summary = p.quality.issues.map((i) => [i.code, i.count, i.policy]);
    expect(summary).toEqual([
      ['missing_customer_id', 135080, 'drop'],
      ['non_positive_quantity', 10624, 'drop'],
      ['non_positive_price', 2517, 'drop'],
      ['cancellation', 9288, 'drop'],
      ['duplicate_row', 5268, 'flag'],
    ]);
    const cancel = issue(p.quality, 'cancellation')!;
    expect(cancel.examples).toHaveLength(3);
    expect(cancel.examples[0].values.InvoiceNo).toMatch(/^C\d+$/);
    expect(cancel.examples[0].line).toBeGreaterThan(1);
    // Duplicates are kept and carry their flag bit.
    const flags = p.table.getChild(FLAGS_COLUMN)!.toArray() as Int32Array;
    const dupBit = 1 << ISSUE_CODES.indexOf('duplicate_row');
    const flagged = flags.filter((f) => f & dupBit).length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThanOrEqual(5268);
  });

  it('follows a changed policy, and counts dates after "now" as future', () => {
    const p = prepareDataset(raw, {
      now: Date.UTC(2011, 11, 1),
      fallbackCurrency: 'GBP',
      policies: { cancellation: 'keep', future_date: 'drop' },
    });
    const future = issue(p.quality, 'future_date')!;
    const dates = rawColumn(raw, 'InvoiceDate');
    const values = dates.values();
    let expected = 0;
    for (const code of dates.finishCodes()) if (values[code] >= '2011-12-01 00:00:01') expected++;
    expect(future.count).toBe(expected);
    expect(issue(p.quality, 'cancellation')!.policy).toBe('keep');
    expect(p.quality.rowsKept).toBeGreaterThan(0);
  });
});

describe('prepareDataset on other files', () => {
  it('Tmall imports as orders only (no customer id), nothing dropped', async () => {
    const p = prepareDataset(await readTable(sharedData('tmall_order_report_gbk.csv')), {
      now: NOW,
      fallbackCurrency: 'CNY',
    });
    expect(p.kind).toBe('transactions');
    expect(p.roles.customerId).toBeUndefined();
    expect(p.quality.rowsKept).toBe(28010);
    expect(p.currency).toBe('CNY');
  });

  it('CDNOW keeps all 69,659 rows; ids stay zero-padded', async () => {
    const p = prepareDataset(await readTable(sharedData('CDNOW_master.txt')), { now: NOW, fallbackCurrency: 'USD' });
    expect(p.quality.rowsKept).toBe(69659);
    expect(p.table.getChild('customer_id')!.get(0)).toBe('00001');
    expect(new Set(p.table.getChild('customer_id')!).size).toBe(23570);
  });

  it('refuses a customers dataset without a customer id with E_MISSING_ROLE', async () => {
    const raw = await readTable(sharedData('Mall_Customers.csv'));
    expect(() =>
      prepareDataset(raw, { now: NOW, fallbackCurrency: 'USD', kind: 'customers', roles: { age: 'Age' } }),
    ).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['customerId'] }) }),
    );
    const ok = prepareDataset(raw, { now: NOW, fallbackCurrency: 'USD' });
    expect([ok.kind, ok.quality.rowsKept, ok.quality.issues]).toEqual(['customers', 200, []]);
  });

  it('counts unreadable and empty dates, unreadable numbers and future dates, each with its default policy', async () => {
    const file = join(tempDir(), 'mixed.csv');
    writeFileSync(
      file,
      [
        'customer,date,amount',
        'A,2024-01-05,10',
        'B,not a date,11',
        'C,,12',
        'D,2024-01-07,twelve',
        'E,2030-01-01,13',
        'F,2024-01-08,-4',
      ].join('\n'),
    );
    const p = prepareDataset(await readTable(file), {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
      types: { date: 'date', amount: 'decimal' },
    });
    expect(p.quality.issues.map((i) => [i.code, i.count, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['missing_order_date', 1, 'drop', [4]],
      ['unparsable_date', 1, 'drop', [3]],
      ['unparsable_number', 1, 'flag', [5]],
      ['negative_amount', 1, 'drop', [7]],
      ['future_date', 1, 'flag', [6]],
    ]);
    expect([...p.table.getChild('customer')!]).toEqual(['A', 'D', 'E']);
  });
});
