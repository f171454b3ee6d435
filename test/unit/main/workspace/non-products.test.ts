import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { DEFAULT_NON_PRODUCT_CODES } from '../../../../src/shared/products';
import { productsRun } from '../../../../src/main/worker/jobs/products-run';
import type { JobContext } from '../../../../src/main/worker/protocol';
import { ordersRfmRun, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import { PRODUCT_LINE_ROLES } from '../../../helpers/product-roles';
import { createTestService, type TestService } from '../../../helpers/service';

// Six customers; POST and M are not products by default; c6's gift voucher matches gift_0001_*.
const LINES = `order,customer,date,code,description,category,amount
1,c1,2024-05-01,X,Xmas lights,Gifts,10
1,c1,2024-05-01,POST,Postage,Service,5
2,c2,2024-05-02,X,Xmas lights,Gifts,12
3,c3,2024-05-03,Y,Yarn,Craft,4
3,c3,2024-05-03,M,Manual,Service,3
4,c4,2024-05-04,Y,Yarn,Craft,4
5,c5,2024-05-05,Z,Zip bag,Craft,30
6,c6,2024-05-06,gift_0001_20,Gift voucher,Gifts,20
`;

const services: TestService[] = [];
afterAll(async () => {
  for (const t of services) await t.service.dispose();
});

/** A workspace with the lines above imported, and an RFM run of them. */
async function linesRun() {
  const t = createTestService();
  services.push(t);
  const dir = tempDir('segdesk-nonproducts-');
  const csv = join(dir, 'lines.csv');
  writeFileSync(csv, LINES);
  const file = join(dir, 'shop.segdesk');
  await t.service.createAt(file);
  const dataset = await t.service.importFile(csv, { kind: 'transactions', roles: PRODUCT_LINE_ROLES });
  const { run } = await t.service.createRun(dataset.id, { ...RFM_ELEVEN, bins: 3 });
  return { t, file, datasetId: dataset.id, runId: run.id };
}

const codesOf = (e: { codes: { key: string; lines: number }[] } | null) => e?.codes.map((c) => [c.key, c.lines]);

describe('non-product codes of a dataset', () => {
  it('are the defaults until set; a set list is kept, read back, used by products per segment, and null goes back', async () => {
    const { t, file, datasetId, runId } = await linesRun();
    const products = t.service.shop.products;
    const defaults = { codes: [...DEFAULT_NON_PRODUCT_CODES], defaults: [...DEFAULT_NON_PRODUCT_CODES], edited: false };
    expect(products.nonProducts(datasetId)).toEqual(defaults);
    let got = await products.runProducts(runId);
    expect(got.product!.items).toBe(3); // X, Y, Z
    expect(got.product!.customers).toBe(5); // c6 bought only a voucher
    expect(codesOf(got.excluded)).toEqual([
      ['M', 1],
      ['POST', 1],
      ['gift_0001_20', 1],
    ]);

    // Trimmed, each once whatever its case; an empty list leaves nothing out.
    expect(products.setNonProducts(datasetId, [' post ', 'POST', 'gift_*'])).toEqual({
      codes: ['post', 'gift_*'],
      defaults: defaults.defaults,
      edited: true,
    });
    expect(products.nonProducts(datasetId).codes).toEqual(['post', 'gift_*']);
    got = await products.runProducts(runId);
    expect(got.product!.items).toBe(4); // M is a product now
    expect(codesOf(got.excluded)).toEqual([
      ['POST', 1],
      ['gift_0001_20', 1],
    ]);
    expect(products.setNonProducts(datasetId, [])).toEqual({ codes: [], defaults: defaults.defaults, edited: true });
    got = await products.runProducts(runId);
    expect(got.product!.items).toBe(6);
    expect(got.product!.customers).toBe(6);
    expect(got.excluded).toEqual({ codes: [], lines: 0, revenue: 0 });

    expect(products.setNonProducts(datasetId, null)).toEqual(defaults);
    expect((await products.runProducts(runId)).product!.items).toBe(3);
    // Back to the defaults: no row is kept for the dataset.
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM dataset_settings').pluck().get()).toBe(0);
    db.close();
  });

  it('are refused in a workspace open read-only (E_WORKSPACE_READ_ONLY), and the unknown dataset is E_NOT_FOUND', async () => {
    const { t, file, datasetId, runId } = await linesRun();
    t.service.shop.products.setNonProducts(datasetId, ['X']);
    await t.service.close();
    await t.service.openAt(file, { readOnly: true });
    const products = t.service.shop.products;
    expect(() => products.setNonProducts(datasetId, null)).toThrow(
      expect.objectContaining({ code: 'E_WORKSPACE_READ_ONLY' }),
    );
    expect(products.nonProducts(datasetId).codes).toEqual(['X']);
    // Read-only, products per segment are still there, with the kept list.
    expect(
      (await products.runProducts(runId)).product!.segments.flatMap((s) => s.byBuyers.map((i) => i.key)),
    ).not.toContain('X');
    expect(() => products.nonProducts(99)).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });
});

describe('products per segment say what a run’s dataset lacks', () => {
  it('order lines without a product or category column: productOrCategory; one row per customer: transactions', async () => {
    const t = createTestService();
    services.push(t);
    const { run } = await ordersRfmRun(t.service, join(tempDir('segdesk-needs-'), 'w.segdesk'));
    expect(await t.service.shop.products.runProducts(run.id)).toEqual({
      runId: run.id,
      needs: 'productOrCategory',
      analysisDate: '2007-01-01',
      product: null,
      category: null,
      excluded: null,
    });
    const customers = await t.service.importFile(sharedData('rfm_data_customer.csv.gz'), {
      kind: 'customers',
      roles: {
        customerId: 'customer_id',
        revenue: 'revenue',
        lastPurchase: 'most_recent_visit',
        orderCount: 'number_of_orders',
      },
    });
    const customerRun = await t.service.createRun(customers.id, RFM_ELEVEN);
    const got = await t.service.shop.products.runProducts(customerRun.run.id);
    expect([got.needs, got.product, got.category]).toEqual(['transactions', null, null]);
  });
});

describe('the products:run job', () => {
  it('reports its progress and stops with E_CANCELLED when cancelled', async () => {
    const { t, file, runId } = await linesRun();
    const progress: string[] = [];
    let cancelled = false;
    const ctx: JobContext = {
      config: {},
      isCancelled: () => cancelled,
      throwIfCancelled() {
        if (cancelled) throw new AppError('E_CANCELLED', 'The job was cancelled.');
      },
      progress: (_fraction, message) => progress.push(message.key),
    };
    const input = { workspacePath: file, runId, now: 0, nonProducts: [...DEFAULT_NON_PRODUCT_CODES] };
    const done = await productsRun(input, ctx);
    expect(done).toEqual(await t.service.shop.products.runProducts(runId));
    expect(progress).toEqual(['exportReading']);
    cancelled = true;
    await expect(productsRun(input, ctx)).rejects.toMatchObject({ code: 'E_CANCELLED' });
  });
});
