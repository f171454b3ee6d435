import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

/** Writes the lines of a CSV whose row passes `keep` (the header always) to a new file. */
function split(lines: string[], file: string, keep: (line: string) => boolean): string {
  writeFileSync(file, [lines[0], ...lines.slice(1).filter(keep)].join('\n') + '\n');
  return file;
}

describe('appending a newer export', () => {
  it('builds up Online Retail from two overlapping exports: overlap counted, not doubled', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    const dir = tempDir();
    const lines = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz')))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const date = (line: string) => /,(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),/.exec(line)![1];
    const first = split(lines, join(dir, 'retail-h1.csv'), (l) => date(l) < '2011-07-01');
    const second = split(lines, join(dir, 'retail-h2.csv'), (l) => date(l) >= '2011-05-01');
    await t.service.createAt(join(dir, 'history.segdesk'));
    const base = await t.service.importFile(first);
    expect(base.rowCount).toBeLessThan(397884);

    const { token } = t.service.registerFile(second);
    const appended = await dispatch('import:append', { token, jobId: 'append-0001', datasetId: base.id, settings: {} });
    if (!appended.ok) throw new Error(appended.error.message);
    const dataset = appended.value as {
      rowCount: number;
      quality: { appended: { overlap: number; rowsAdded: number; rowsKept: number }[] };
    };
    // The whole year, once: exactly the clean rows of the full file (data README).
    expect(dataset.rowCount).toBe(397884);
    const [record] = dataset.quality.appended;
    expect(record.rowsAdded).toBe(397884 - base.rowCount);
    expect(record.overlap + record.rowsAdded).toBe(record.rowsKept);
    expect(record.overlap).toBeGreaterThan(0);
    const page = await dispatch('dataset:stats', { datasetId: base.id });
    const customers = (page as { value: { columns: { name: string; distinct: number | null }[] } }).value.columns.find(
      (c) => c.name === 'CustomerID',
    )!;
    expect(customers.distinct).toBe(4338);
  });

  it('without an order id, identical rows are the overlap (rfm_data_orders in two halves)', async () => {
    t = createTestService();
    const dir = tempDir();
    const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trimEnd().split('\n');
    const date = (line: string) => line.split(',')[1];
    const first = split(lines, join(dir, 'a.csv'), (l) => date(l) < '2005-01-01');
    const second = split(lines, join(dir, 'b.csv'), (l) => date(l) >= '2004-06-01');
    await t.service.createAt(join(dir, 'w.segdesk'));
    const base = await t.service.importFile(first);
    const after = await t.service.appendImport(t.service.registerFile(second).token, base.id, {});
    expect(after.rowCount).toBe(4906);
    expect(after.quality.appended![0].overlap).toBe(
      lines.slice(1).filter((l) => date(l) >= '2004-06-01' && date(l) < '2005-01-01').length,
    );
  });

  it('refuses a file with other columns, and appending to a customers dataset', async () => {
    t = createTestService();
    await t.service.createAt(join(tempDir(), 'w.segdesk'));
    const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'));
    const mall = await t.service.importFile(sharedData('Mall_Customers.csv'));
    await expect(
      t.service.appendImport(t.service.registerFile(sharedData('Mall_Customers.csv')).token, orders.id, {}),
    ).rejects.toMatchObject({
      code: 'E_COLUMNS_DIFFER',
    });
    await expect(
      t.service.appendImport(t.service.registerFile(sharedData('Mall_Customers.csv')).token, mall.id, {}),
    ).rejects.toMatchObject({
      code: 'E_NOT_APPENDABLE',
    });
    expect(t.service.current()!.datasets.map((d) => d.rowCount)).toEqual([4906, 200]);
  });
});
