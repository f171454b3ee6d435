import { join } from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowOrder } from '../../../../../src/main/engine/explore/row-order';
import { compactDictionaries } from '../../../../../src/main/engine/table/compact-dictionaries';
import { takeRows } from '../../../../../src/main/engine/table/select-rows';
import { loadDataset } from '../../../../../src/main/worker/dataset-cache';
import { openDatabase } from '../../../../../src/main/store/open-database';
import { readDatasetTable } from '../../../../../src/main/store/read-dataset';
import { readDatasetHead } from '../../../../../src/main/store/read-dataset-head';
import { datasetPage } from '../../../../../src/main/worker/jobs/dataset-page';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { createTestService } from '../../../../helpers/service';
import { quietJobContext } from '../../../../helpers/job-context';

const ctx = quietJobContext();

describe('datasetPage: a new sort', () => {
  it('serves its first pages by a partial sort and the rest from the whole order, the same rows as one full sort (rfm_data_orders by revenue, both ways, and searched)', async () => {
    const workspace = join(tempDir(), 'pages.segdesk');
    const t = createTestService();
    await t.service.createAt(workspace);
    const { id } = await t.service.importFile(sharedData('rfm_data_orders.csv'));
    await t.service.dispose();
    const { table, info } = loadDataset(workspace, id, ctx.config);
    const columns = info.columns.map((c) => c.name);
    for (const [sortColumn, sortDesc, search] of [
      ['revenue', true, undefined],
      ['revenue', false, undefined],
      ['order_date', true, 'an'],
      ['customer_id', false, undefined],
    ] as const) {
      const order = rowOrder(table, { sortColumn, sortDesc, search, columns });
      expect(order.length).toBe(search ? 1065 : 4906); // "an" in 1,065 lines of the file (grep -ci)
      const expected = (offset: number, limit: number) =>
        Buffer.from(tableToIPC(compactDictionaries(takeRows(table, order.subarray(offset, offset + limit))), 'stream'));
      const query = (offset: number, limit: number) => ({ offset, limit, sortColumn, sortDesc, search });
      // First page (partial sort), a later first page, then past the partial pages (the whole order).
      for (const [offset, limit] of [
        [0, 50],
        [950, 50],
        [1000, 50],
        [2000, 100],
      ]) {
        const got = await datasetPage({ workspacePath: workspace, datasetId: id, query: query(offset, limit) }, ctx);
        expect(got.total).toBe(order.length);
        expect(Buffer.from(got.arrow).equals(expected(Math.min(offset, order.length), limit))).toBe(true);
        expect(tableFromIPC(got.arrow).numRows).toBe(Math.max(0, Math.min(limit, order.length - offset)));
      }
    }
  });
});

describe('datasetPage: the first page of a dataset not loaded yet', () => {
  it.each([
    ['CDNOW_master.txt'],
    ['tmall_order_report_gbk.csv'],
    ['marketing_campaign.csv'],
    ['online_retail_sample40k.xlsx'],
    ['Mall_Customers.csv'],
  ])(
    '%s: read from the start of the stored stream, the same page as from the whole dataset, which loads after it',
    async (name) => {
      const workspace = join(tempDir(), 'head.segdesk');
      const t = createTestService();
      await t.service.createAt(workspace);
      const { id, rowCount } = await t.service.importFile(sharedData(name));
      await t.service.dispose();
      const db = openDatabase(workspace, { readonly: true });
      let whole: ReturnType<typeof readDatasetTable>;
      let head: ReturnType<typeof readDatasetHead>;
      try {
        whole = readDatasetTable(db, id);
        head = readDatasetHead(db, id, 1000);
      } finally {
        db.close();
      }
      // The stream as the app writes it is read this way: every column, the first 1,000 rows.
      expect(head?.numRows).toBe(Math.min(1000, rowCount));
      expect(head!.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(
        whole.schema.fields.map((f) => `${f.name}:${f.type}`),
      );
      const rows = (offset: number, limit: number) =>
        Int32Array.from({ length: Math.max(0, Math.min(limit, rowCount - offset)) }, (_, i) => offset + i);
      const expected = (offset: number, limit: number) =>
        Buffer.from(tableToIPC(compactDictionaries(takeRows(whole, rows(offset, limit))), 'stream'));
      for (const [offset, limit] of [
        [0, 50],
        [950, 50],
      ]) {
        const got = await datasetPage({ workspacePath: workspace, datasetId: id, query: { offset, limit } }, ctx);
        expect(got.total).toBe(rowCount);
        expect(Buffer.from(got.arrow).equals(expected(offset, limit))).toBe(true);
      }
      // Once the page is sent the whole dataset is loaded: the next page comes from it.
      await new Promise((r) => setImmediate(r));
      const db2 = openDatabase(workspace);
      try {
        db2.prepare('DELETE FROM dataset_chunks WHERE dataset_id = ?').run(id);
      } finally {
        db2.close();
      }
      const later = await datasetPage(
        { workspacePath: workspace, datasetId: id, query: { offset: 0, limit: 50 } },
        ctx,
      );
      expect(Buffer.from(later.arrow).equals(expected(0, 50))).toBe(true);
    },
  );
});
