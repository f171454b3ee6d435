import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_RULES, countrySegments, EU_COUNTRIES, uciCountries } from '../../../../helpers/online-retail';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData } from '../../../../helpers/paths';
import { sqlBench, type SqlBench } from '../../../../helpers/sql-check';
import type { CsvTable } from '../../../../helpers/sql-engines';

// The whole UCI Online Retail file (541,909 lines) as a client's table: cancellations, returns, missing
// customers, zero prices and duplicates all in it, for the SQL to leave out as the import did.
const RETAIL: CsvTable = {
  name: 'online_retail',
  file: sharedData('online_retail_uci.csv.gz'),
  columns: [
    ['InvoiceNo', 'text'],
    ['StockCode', 'text'],
    ['Description', 'text'],
    ['Quantity', 'integer'],
    ['InvoiceDate', 'timestamp'],
    ['UnitPrice', 'double'],
    ['CustomerID', 'double'],
    ['Country', 'text'],
  ],
};

let bench: SqlBench;

beforeAll(async () => {
  bench = await sqlBench(RETAIL);
}, 180_000);
afterAll(() => bench?.stop());

describe('Online Retail as SQL: every one of the 4,338 customers in the segment the app gave', () => {
  it('RFM (the default run): spend from quantity × unit price, cancellations and non-positive lines left out', async () => {
    const { run, result } = await bench.t.service.createRun(bench.datasetId, RFM_ELEVEN);
    expect(result.customers).toBe(4338);
    for (const { dialect, ...check } of await bench.onBothEngines(run.id)) {
      expect(check.sql.size, dialect).toBe(4338);
      expect(check.differences, dialect).toEqual([]);
      expect(check.text).toContain(`NOT COALESCE(`);
      expect(check.text).toContain(`("Quantity" IS NULL OR "Quantity" > 0)`);
    }
  });

  it('rules by Country (the value on each customer’s first order) and by spend', async () => {
    const rules = [
      ...COUNTRY_RULES,
      {
        key: 'big_abroad',
        name: { en: 'Big spenders abroad', 'zh-CN': '海外大客户' },
        when: {
          all: [
            { field: 'Country', op: 'notIn' as const, values: ['United Kingdom', ...EU_COUNTRIES] },
            { field: 'monetary', op: 'range' as const, min: 1000, max: null },
          ],
        },
      },
    ];
    const { run, result } = await bench.t.service.createRun(bench.datasetId, {
      model: 'rules',
      rules,
      frequency: 'orders',
    });
    // The UK and the EU as counted straight from the file; the rest split by spend.
    const [uk, eu, rest] = countrySegments(uciCountries().country);
    const count = (key: string) => result.segments.find((s) => s.key === key)?.customers;
    expect([count('uk'), count('eu')]).toEqual([uk, eu]);
    expect(count('big_abroad')! + count('others')!).toBe(rest);
    expect(count('big_abroad')).toBeGreaterThan(10);
    for (const { dialect, ...check } of await bench.onBothEngines(run.id)) {
      expect(check.differences, dialect).toEqual([]);
    }
  });
});
