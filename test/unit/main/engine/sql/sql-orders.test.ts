import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterSpecSchema } from '../../../../../src/shared/cluster';
import type { ModelSpec } from '../../../../../src/shared/segments';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData } from '../../../../helpers/paths';
import { sqlBench, type SqlBench } from '../../../../helpers/sql-check';
import { ORDERS_TABLE } from '../../../../helpers/sql-engines';

const DAY = 86_400_000;

/** Runs of every shape the SQL export writes: each scoring method, both schemes, a window, rules on every purchase feature. */
const RUNS: [string, ModelSpec][] = [
  ['RFM, 5 quantile bins, 11 segments (the default)', { ...RFM_ELEVEN, analysisDate: '2007-01-01' }],
  ['RFM by rank, 4 bins, ties broken by customer id', { ...RFM_ELEVEN, bins: 4, method: 'rank' }],
  [
    'RFM, 8 classes split at the medians, a 400-day window, purchase days',
    { ...RFM_ELEVEN, scheme: 'eight', split: 'median', windowDays: 400, frequency: 'days', analysisDate: '2007-01-01' },
  ],
  [
    'RFM with fixed cut points, 3 bins, 8 classes at the means',
    {
      ...RFM_ELEVEN,
      bins: 3,
      method: 'fixed',
      cuts: { recency: [60, 200], frequency: [4, 6], monetary: [300, 600] },
      scheme: 'eight',
    },
  ],
  [
    'rules on recency, spend, frequency, order value, gaps, tenure and the last purchase day',
    {
      model: 'rules',
      frequency: 'orders',
      analysisDate: '2007-01-01',
      rules: [
        {
          key: 'recent_big',
          name: { en: 'Recent big spenders', 'zh-CN': '近期大客户' },
          when: {
            all: [
              { field: 'recency', op: 'range', min: null, max: 120 },
              { field: 'monetary', op: 'range', min: 500, max: null },
            ],
          },
        },
        {
          key: 'regular',
          name: { en: 'Regulars', 'zh-CN': '常客' },
          when: {
            any: [
              { field: 'frequency', op: 'range', min: 7, max: null },
              { field: 'aov', op: 'range', min: 95.5, max: null },
            ],
          },
        },
        {
          key: 'spaced',
          name: { en: 'Long gaps', 'zh-CN': '间隔长' },
          when: {
            all: [
              { field: 'gap', op: 'range', min: 90, max: null },
              { field: 'tenure', op: 'range', min: 400, max: 1000 },
            ],
          },
        },
        {
          key: 'lapsed',
          name: { en: 'Lapsed before 2006', 'zh-CN': '2006 年前流失' },
          when: { all: [{ field: 'lastPurchase', op: 'range', min: null, max: Date.UTC(2006, 0, 1) }] },
        },
        {
          key: 'single',
          name: { en: 'One order', 'zh-CN': '仅一单' },
          when: { all: [{ field: 'gap', op: 'missing' }] },
        },
        {
          key: 'few',
          name: { en: 'Few orders', 'zh-CN': '订单少' },
          when: { all: [{ field: 'frequency', op: 'in', values: ['2', '3'] }] },
        },
      ],
    },
  ],
];

let bench: SqlBench;

beforeAll(async () => {
  bench = await sqlBench(ORDERS_TABLE, {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
  });
}, 120_000);
afterAll(() => bench?.stop());

describe('a run as SQL gives every customer of rfm_data_orders the segment the app gave', () => {
  it.each(RUNS)('%s: on DuckDB and on PostgreSQL', async (_, spec) => {
    const { run, result } = await bench.t.service.createRun(bench.datasetId, spec);
    expect(result.customers).toBeGreaterThan(600);
    for (const { dialect, ...check } of await bench.onBothEngines(run.id)) {
      expect(check.sql.size, dialect).toBe(result.customers);
      expect(check.differences, dialect).toEqual([]);
      // Every segment the run filled is reached by the SQL.
      const filled = result.segments.filter((s) => s.customers > 0).map((s) => s.key);
      expect(filled.length).toBeGreaterThan(3);
      expect(new Set(check.sql.values()), dialect).toEqual(new Set(filled));
    }
  });

  it('the run reads a window: customers with no purchase in the last 400 days are not in it, on either side', async () => {
    const { run, result } = await bench.t.service.createRun(bench.datasetId, {
      ...RUNS[2][1],
      analysisDate: '2006-06-01',
    } as ModelSpec);
    const checks = await bench.onBothEngines(run.id);
    for (const check of checks) {
      expect(check.differences, check.dialect).toEqual([]);
      expect(check.sql.size, check.dialect).toBe(result.customers);
    }
    const [check] = checks;
    expect(result.customers).toBeLessThan(995);
    expect(check.text).toContain(
      `order_ts >= TIMESTAMP '${new Date(Date.UTC(2006, 5, 1) - 400 * DAY).toISOString().slice(0, 10)} 00:00:00'`,
    );
  });

  it('refuses a run SQL over the transactions cannot reproduce, with E_SQL_NOT_SUPPORTED, and writes nothing', async () => {
    const clusters = await bench.t.service.createRun(
      bench.datasetId,
      clusterSpecSchema.parse({
        model: 'kmeans',
        k: 3,
        features: ['recency', 'frequency', 'monetary'].map((field) => ({ field, scaling: 'zscore', log: false })),
      }),
    );
    const mall = await bench.t.service.importFile(sharedData('Mall_Customers.csv'));
    const ages = await bench.t.service.createRun(mall.id, {
      model: 'rules',
      frequency: 'orders',
      rules: [
        {
          key: 'young',
          name: { en: 'Young', 'zh-CN': '年轻' },
          when: { all: [{ field: 'Age', op: 'range', min: null, max: 30 }] },
        },
      ],
    });
    const out = join(bench.dir, 'refused.sql');
    const refused = (runId: number) =>
      bench.t.service.exportSqlTo(runId, { dialect: 'duckdb', table: 'orders', columns: {}, lang: 'en' }, out);
    await expect(refused(clusters.run.id)).rejects.toMatchObject({
      code: 'E_SQL_NOT_SUPPORTED',
      message: 'Only RFM and rules runs can be written as SQL.',
    });
    await expect(refused(ages.run.id)).rejects.toMatchObject({
      code: 'E_SQL_NOT_SUPPORTED',
      message: 'The SQL reads a transactions table: this run is of a customers dataset.',
    });
    expect(existsSync(out)).toBe(false);
  });
});
