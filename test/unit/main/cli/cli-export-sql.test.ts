import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';
import { duckdbSegments, ORDERS_TABLE } from '../../../helpers/sql-engines';

const dir = tempDir('segdesk-cli-sql-');
const workspace = join(dir, 'x', 'analysis.segdesk');
/** `segmentdesk export --workspace … --run 1 --format sql …flags`. */
const exportSql = (...flags: string[]) =>
  cli('export', '--workspace', workspace, '--run', '1', '--format', 'sql', ...flags);

beforeAll(() => {
  const r = cliAnalyzeEn(sharedData('rfm_data_orders.csv'), join(dir, 'x'));
  expect(r.code).toBe(0);
}, 120_000);

describe('segmentdesk export --format sql', () => {
  it('writes the run as DuckDB SQL that puts every customer in the segment the run lists', async () => {
    const out = join(dir, 'rfm.sql');
    const r = exportSql('--dialect', 'duckdb', '--table', 'orders', '--out', out, '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^wrote .*rfm\.sql \(\d+ bytes\)\n$/);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '-- SegmentDesk 0.1.0: the segments of run 1 "RFM · 11 · rfm_data_orders" as DuckDB.',
    );
    const bySql = await duckdbSegments(ORDERS_TABLE, text);
    // The run's members as `members --csv` lists them (segment names), against the SQL's keys and names.
    // (Names in this file hold no comma.)
    const members = cli('members', '--workspace', workspace, '--run', '1', '--csv')
      .stdout.trimEnd()
      .split('\n')
      .map((line) => line.split(','));
    const [header, ...rows] = members;
    expect(rows).toHaveLength(995);
    const segment = header.indexOf('segment');
    const nameOf = new Map(
      [...text.matchAll(/WHEN '(\w+)' THEN '((?:[^']|'')+)'\n/g)].map((m) => [m[1], m[2].replaceAll("''", "'")]),
    );
    expect(rows.filter((row) => nameOf.get(bySql.get(row[0])!) !== row[segment])).toEqual([]);
  });

  it('PostgreSQL and Spark SQL, the columns named otherwise; an existing file is kept without --force', () => {
    const out = join(dir, 'rfm-pg.sql');
    const args = ['--table', 'crm.orders', '--out', out];
    expect(
      exportSql(...args, '--dialect', 'postgres', '--column', 'customerId=cust', '--column', 'amount=net value').code,
    ).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('"cust" AS customer_id');
    expect(text).toContain('CAST("net value" AS NUMERIC(18, 6)) AS spend');
    expect(text).toContain('FROM "crm"."orders"');
    const again = exportSql(...args, '--dialect', 'spark');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: E_FILE_EXISTS: /);
    expect(exportSql(...args, '--dialect', 'spark', '--force').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('FROM `crm`.`orders`');
  });

  it('refuses what is not a SQL export with exact codes, and writes nothing', () => {
    const out = join(dir, 'bad.sql');
    const base = ['--out', out];
    const cases: [string[], string][] = [
      [
        ['--table', 'orders'],
        "error: E_USAGE: --format sql needs --dialect (duckdb, postgres, spark) and --table (the transactions table's name)\n",
      ],
      [
        ['--dialect', 'duckdb'],
        "error: E_USAGE: --format sql needs --dialect (duckdb, postgres, spark) and --table (the transactions table's name)\n",
      ],
      [
        ['--dialect', 'mysql', '--table', 'orders'],
        'error: E_USAGE: invalid dialect: Invalid option: expected one of "duckdb"|"postgres"|"spark"\n',
      ],
      [
        ['--dialect', 'duckdb', '--table', 'orders', '--column', 'customerId'],
        'error: E_USAGE: --column takes role=name (customerId=cust_id), got "customerId"\n',
      ],
      [
        ['--dialect', 'duckdb', '--table', 'orders', '--column', 'buyer=cust'],
        'error: E_USAGE: --column: "buyer" is not a role the SQL reads (customerId, orderId, orderDate, amount, quantity, unitPrice, category, channel)\n',
      ],
    ];
    for (const [flags, message] of cases) {
      const r = exportSql(...base, ...flags);
      expect(r.stderr, flags.join(' ')).toBe(message);
      expect(r.code).toBe(2);
    }
    expect(existsSync(out)).toBe(false);
  });
});
