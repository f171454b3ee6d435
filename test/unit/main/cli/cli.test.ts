import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/migrations';
import { sha256, sideFiles } from '../../../helpers/files';
import { cli } from '../../../helpers/cli';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;

describe('segmentdesk CLI', () => {
  it('prints its version and help', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: segmentdesk');
    expect(help.stdout).toContain('workspace');
    expect(help.stdout).toContain('dataset');
  });

  it('creates a workspace and prints its info as camelCase JSON', () => {
    const file = join(tempDir(), 'a.segdesk');
    expect(cli('workspace', 'create', file)).toEqual({ code: 0, stdout: `created ${file}\n`, stderr: '' });
    const info = cli('workspace', 'info', file, '--json');
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout);
    expect(json).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      datasets: [],
      runs: [],
      name: 'a',
      path: file,
    });
    expect(Object.keys(json).slice(0, 1)).toEqual(['schemaVersion']);
    expect(sideFiles(file)).toEqual([]);
  });

  it('inspects a file with a title line above the header: headerRow is the header’s line, --skip-rows overrides', () => {
    const file = join(tempDir(), 'report.csv');
    writeFileSync(file, 'Monthly sales — store 3,,\n\nid,day,amount\n7,2024-03-01,12.5\n8,2024-03-02,3\n');
    const detected = JSON.parse(cli('inspect', file, '--json').stdout);
    expect([detected.headerRow, detected.rowCount, detected.columns.map((c: { name: string }) => c.name)]).toEqual([
      3,
      2,
      ['id', 'day', 'amount'],
    ]);
    const asIs = JSON.parse(cli('inspect', file, '--skip-rows', '0', '--json').stdout);
    expect([asIs.headerRow, asIs.rowCount]).toEqual([1, 3]);
    expect(cli('inspect', file, '--skip-rows', 'x').code).toBe(2);
  });

  it('refuses to overwrite without --force', () => {
    const file = join(tempDir(), 'a.segdesk');
    cli('workspace', 'create', file);
    expect(cli('workspace', 'create', file)).toMatchObject({
      code: 1,
      stderr: `error: E_WORKSPACE_EXISTS: A file already exists at ${file}\n`,
    });
    expect(cli('workspace', 'create', file, '--force').code).toBe(0);
  });

  it('inspects a file: format, encoding, delimiter, header, rows, column types, issues', () => {
    const r = cli('inspect', sharedData('online_retail_uci.csv.gz'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      sheet: null,
      headerRow: 1,
      rowCount: 541909,
      kind: 'transactions',
      why: { reason: 'idsRepeat', columns: ['CustomerID'] },
      // The roles as suggest-roles.test.ts has them.
      roles: expect.objectContaining({ customerId: 'CustomerID', orderDate: 'InvoiceDate' }),
      // A UK shop: pounds, from its Country column, whatever the language.
      currency: 'GBP',
      currencyWhy: { reason: 'country', column: 'Country', value: 'United Kingdom' },
      columns: [
        { name: 'InvoiceNo', type: 'id', missing: 0 },
        { name: 'StockCode', type: 'id', missing: 0 },
        { name: 'Description', type: 'text', missing: 1454 },
        { name: 'Quantity', type: 'integer', missing: 0 },
        { name: 'InvoiceDate', type: 'datetime', missing: 0 },
        { name: 'UnitPrice', type: 'decimal', missing: 0 },
        { name: 'CustomerID', type: 'id', missing: 135080 },
        { name: 'Country', type: 'category', missing: 0 },
      ],
      issues: [
        { code: 'missing_customer_id', count: 135080 },
        { code: 'non_positive_quantity', count: 10624 },
        { code: 'non_positive_price', count: 2517 },
        { code: 'cancellation', count: 9288 },
        { code: 'duplicate_row', count: 5268 },
      ],
    });
    const gbk = JSON.parse(cli('inspect', sharedData('tmall_order_report_gbk.csv'), '--json').stdout);
    expect([gbk.encoding, gbk.rowCount, gbk.columns[3]]).toEqual([
      'gb18030',
      28010,
      { name: '收货地址', type: 'category', missing: 0 },
    ]);
    const xlsx = JSON.parse(
      cli('inspect', sharedData('online_retail_sample40k.xlsx'), '--sheet', 'Sheet1', '--json').stdout,
    );
    expect([xlsx.format, xlsx.sheet, xlsx.rowCount, xlsx.encoding]).toEqual(['xlsx', 'Sheet1', 40000, null]);
  });

  it('imports with a row kind, a role map and policies, printing what was kept', () => {
    const file = join(tempDir(), 'a.segdesk');
    cli('workspace', 'create', file);
    const sample = cli(
      'import',
      sharedData('CDNOW_sample.txt'),
      '--workspace',
      file,
      '--role',
      'transactions',
      '--map',
      'customerId=column_2,orderDate=column_3,quantity=column_4,amount=column_5',
      '--policy',
      'duplicate_row=drop',
      '--json',
    );
    expect(sample.code).toBe(0);
    expect(JSON.parse(sample.stdout)).toEqual({
      datasetId: 1,
      kind: 'transactions',
      // The kind chosen is the one the file points to (with the id as mapped): the file's reason stands.
      why: { reason: 'idsRepeat', columns: ['column_2'] },
      roles: { customerId: 'column_2', orderDate: 'column_3', quantity: 'column_4', amount: 'column_5' },
      currency: 'USD',
      currencyWhy: { reason: 'locale', column: null, value: null },
      alreadyImported: null,
      rowsRead: 6919,
      rowsKept: 6898,
      issues: [{ code: 'duplicate_row', count: 21, policy: 'drop' }],
    });
    const mall = JSON.parse(
      cli('import', sharedData('Mall_Customers.csv'), '--workspace', file, '--role', 'customers', '--json').stdout,
    );
    expect(mall).toEqual({
      datasetId: 2,
      kind: 'customers',
      why: { reason: 'idsUnique', columns: ['CustomerID'] },
      roles: { customerId: 'CustomerID', gender: 'Genre', age: 'Age', income: 'Annual Income (k$)' },
      currency: 'USD',
      currencyWhy: { reason: 'locale', column: null, value: null },
      alreadyImported: null,
      rowsRead: 200,
      rowsKept: 200,
      issues: [],
    });
    // A customers file taken for order lines has no order date to map.
    expect(
      cli('import', sharedData('Mall_Customers.csv'), '--workspace', file, '--role', 'transactions', '--json'),
    ).toMatchObject({
      code: 1,
      stderr: 'error: E_MISSING_ROLE: Map a column to: Order date.\n',
    });
    expect(
      cli('import', sharedData('Mall_Customers.csv'), '--workspace', file, '--policy', 'bogus=drop'),
    ).toMatchObject({
      code: 2,
      stderr: 'error: E_USAGE: invalid policies: Unrecognized key: "bogus"\n',
    });
    expect(cli('import', sharedData('Mall_Customers.csv'), '--workspace', file, '--map', 'customerId')).toMatchObject({
      code: 2,
    });
    const list = JSON.parse(cli('dataset', 'list', '--workspace', file, '--json').stdout);
    expect(list.map((d: { name: string; rowCount: number }) => [d.name, d.rowCount])).toEqual([
      ['CDNOW_sample', 6898],
      ['Mall_Customers', 200],
    ]);
  });

  it('keeps the suggested roles a partial --map leaves, says which kind a file was taken for and why, and refuses a text column as an amount', () => {
    const dir = tempDir();
    const file = join(dir, 'a.segdesk');
    cli('workspace', 'create', file);
    const orders = join(dir, 'orders.csv');
    // Every order of one day, each customer once: order lines all the same.
    writeFileSync(
      orders,
      `customer_id,order_date,paid,note\n${Array.from({ length: 40 }, (_, i) => `C${i},2024-05-01,${i + 1},n${i}`).join('\n')}\n`,
    );
    const text = cli('import', orders, '--workspace', file, '--map', 'amount=paid');
    expect(text).toEqual({
      code: 0,
      stdout:
        'imported #1 orders: 40 of 40 rows kept\ntransactions: Taken for order lines: the file has order dates with amounts or order ids (order_date, paid).\ncurrency USD — from the language of the app: the file shows no currency sign and no country\n',
      stderr: '',
    });
    const json = JSON.parse(cli('import', orders, '--workspace', file, '--map', 'amount=paid', '--json').stdout);
    expect([json.kind, json.roles]).toEqual([
      'transactions',
      { customerId: 'customer_id', orderDate: 'order_date', amount: 'paid' },
    ]);
    const inspected = JSON.parse(cli('inspect', orders, '--json').stdout);
    expect([inspected.kind, inspected.why]).toEqual([
      'transactions',
      { reason: 'orderColumns', columns: ['order_date', 'paid'] },
    ]);
    expect(cli('import', orders, '--workspace', file, '--map', 'amount=note')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: E_WRONG_COLUMN_TYPE: The column "note" mapped to amount holds text values, not numbers.\n',
    });
    expect(JSON.parse(cli('dataset', 'list', '--workspace', file, '--json').stdout)).toHaveLength(2);
  });

  it('gives exact error codes on stderr and a non-zero exit, leaving refused files untouched', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.segdesk');
    writeFileSync(text, 'not a database');
    const before = sha256(text);
    expect(cli('workspace', 'info', text, '--json')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: E_NOT_A_WORKSPACE: This file is not a SegmentDesk workspace (it is not a SQLite database).\n',
    });
    expect(sha256(text)).toBe(before);
    expect(sideFiles(text)).toEqual([]);
    expect(cli('workspace', 'info', join(dir, 'missing.segdesk')).stderr).toBe(
      `error: E_FILE_NOT_FOUND: File not found: ${join(dir, 'missing.segdesk')}\n`,
    );
    expect(cli('frobnicate')).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: E_USAGE: unknown command 'frobnicate'\n",
    });
    expect(cli('dataset', 'list')).toMatchObject({
      code: 2,
      stderr: "error: E_USAGE: required option '--workspace <workspace>' not specified\n",
    });
  });
});
