import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { BENCH_SHARE_RULES, benchTable, benchTransactions } from '../../../../helpers/bench-data';
import { sqlBench, type SqlBench } from '../../../../helpers/sql-check';
import { loadPostgres, type CsvTable } from '../../../../helpers/sql-engines';

let bench: SqlBench;
let table: CsvTable;

// The bench's 10^6 transactions of 100,000 customers (gen_data.mjs, seed 42), with categories and channels.
beforeAll(async () => {
  table = benchTable(benchTransactions());
  bench = await sqlBench(table);
}, 300_000);
afterAll(() => bench?.stop());

describe('the 10^6-row bench file as SQL: each of its 100,000 customers in the app’s segment', () => {
  it('RFM (the default run) on DuckDB and PostgreSQL', async () => {
    const { run, result } = await bench.t.service.createRun(bench.datasetId, RFM_ELEVEN);
    expect(result.customers).toBe(100_000);
    for (const { dialect, ...check } of await bench.onBothEngines(run.id)) {
      expect(check.sql.size, dialect).toBe(100_000);
      expect(check.differences, dialect).toEqual([]);
    }
  });

  it('rules on shares of spend by category and by channel, the table named otherwise', async () => {
    const { run, result } = await bench.t.service.createRun(bench.datasetId, BENCH_SHARE_RULES);
    expect(result.segments.filter((s) => s.customers > 0)).toHaveLength(4);
    // The client's table has its own column names: they are given per role.
    const renamed: CsvTable = {
      ...table,
      name: 'sales',
      columns: table.columns.map(([name, type]) => [name === 'channel' ? 'sales_channel' : name, type]),
    };
    await loadPostgres(bench.server.client, renamed);
    for (const { dialect, ...check } of await bench.onBothEngines(run.id, renamed, { channel: 'sales_channel' })) {
      expect(check.differences, dialect).toEqual([]);
      expect(check.text).toContain('CAST("sales_channel" AS');
    }
  });
});
