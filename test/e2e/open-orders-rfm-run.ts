import { join } from 'node:path';
import { ordersRfmRun } from '../helpers/orders-rfm-run';
import { tempDir } from '../helpers/paths';
import type { AppHarness } from './harness';

/** The app opened on its Segments page, on a workspace with rfm_data_orders.csv and one RFM run (see `ordersRfmRun`). */
export async function openOrdersRfmRun(app: AppHarness): Promise<void> {
  await ordersRfmRun(app.service, join(tempDir(), 'Orders.segdesk'));
  await app.open();
  await app.page.getByTestId('nav-segments').click();
}
