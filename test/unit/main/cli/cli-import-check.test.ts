import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchTransactions } from '../../../helpers/bench-data';
import { cli } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

/** What `inspect` and `import` say about a file before and as it comes in: its kind, its currency, damage, a second import. */
describe('segmentdesk inspect and import', () => {
  it('say which currency the money is in and why: the UK Excel file is in pounds from its Country column', () => {
    const r = cli('inspect', sharedData('online_retail_sample40k.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'xlsx: 40000 rows',
      '  transactions: Taken for order lines: customer ids repeat (CustomerID).',
      '  currency GBP — from the Country column: most orders are from United Kingdom',
    ]);
  });

  it('take a headerless file with a date and a repeated id for order lines, its roles told by what the columns hold', () => {
    const r = JSON.parse(cli('inspect', sharedData('CDNOW_sample.txt'), '--json').stdout);
    expect([r.headerRow, r.kind, r.why, r.roles]).toEqual([
      null,
      'transactions',
      { reason: 'idsRepeat', columns: ['column_1'] },
      { customerId: 'column_1', orderDate: 'column_3', amount: 'column_5', quantity: 'column_4' },
    ]);
  });

  it('name a cut .gz for what it is, at inspect and at import', () => {
    const bytes = readFileSync(sharedData('online_retail_uci.csv.gz'));
    const cut = join(tempDir(), 'online_retail_cut.csv.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(cli('inspect', cut)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: E_GZIP_TRUNCATED: /) });
    const workspace = join(tempDir(), 'w.segdesk');
    cli('workspace', 'create', workspace);
    expect(cli('import', cut, '--workspace', workspace)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error: E_GZIP_TRUNCATED: /),
    });
  });

  it('import the same file twice: the second is told which dataset it repeats and gets its own name', () => {
    const workspace = join(tempDir(), 'w.segdesk');
    cli('workspace', 'create', workspace);
    const file = sharedData('Mall_Customers.csv');
    const first = JSON.parse(cli('import', file, '--workspace', workspace, '--json').stdout);
    expect(first.alreadyImported).toBeNull();
    const again = cli('import', file, '--workspace', workspace);
    expect(again.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(again.stdout.split('\n')).toEqual([
      'imported #2 Mall_Customers (2): 200 of 200 rows kept',
      'customers: Taken for one row per customer: each customer id occurs once (CustomerID) and no column holds order dates with amounts or order ids.',
      'currency USD — from the language of the app: the file shows no currency sign and no country',
      `note: this file was already imported as #1 Mall_Customers on ${today}`,
      '',
    ]);
  });
});

describe('segmentdesk import --summarise', () => {
  it('says which spend shares per category and channel the summary kept, in words and in JSON', () => {
    const dir = tempDir();
    const file = benchTransactions('--transactions', '5000', '--customers', '500');
    const workspace = join(dir, 'w.segdesk');
    cli('workspace', 'create', workspace);
    const text = cli('import', file, '--workspace', workspace, '--summarise');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'summarised #1 transactions: 5000 of 5000 order lines kept, one row for each of 500 customers',
      'spend shares kept: category "category" (10 values), channel "channel" (4 values)',
    ]);
    const json = JSON.parse(cli('import', file, '--workspace', workspace, '--summarise', '--json').stdout);
    expect(json).toMatchObject({
      datasetId: 2,
      rowsKept: 5000,
      shares: [
        { role: 'category', column: 'category', values: 10 },
        { role: 'channel', column: 'channel', values: 4 },
      ],
    });
    expect(json.sharesLeftOut).toBeUndefined();
  });
});
