import { join } from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowOrder } from '../../../../../src/main/engine/explore/row-order';
import { compactDictionaries } from '../../../../../src/main/engine/table/compact-dictionaries';
import { takeRows } from '../../../../../src/main/engine/table/select-rows';
import { loadDataset } from '../../../../../src/main/worker/dataset-cache';
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
