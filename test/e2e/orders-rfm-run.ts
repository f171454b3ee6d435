import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import type { AppHarness } from './harness';

/** A workspace with rfm_data_orders.csv and one RFM run (11 segments, analysis date 2007-01-01), made through the service. */
export async function ordersRfmRun(app: AppHarness): Promise<void> {
  await app.service.createAt(join(tempDir(), 'Orders.segdesk'));
  const orders = await app.service.importFile(sharedData('rfm_data_orders.csv'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
  });
  await app.service.createRun(orders.id, {
    model: 'rfm',
    bins: 5,
    method: 'quantile',
    scheme: 'eleven',
    split: 'mean',
    frequency: 'orders',
    analysisDate: '2007-01-01',
  });
}
