import type { MembersExport } from '../../src/shared/exports';
import type { ModelSpec } from '../../src/shared/segments';
import type { WorkspaceService } from '../../src/main/workspace/workspace-service';
import { sharedData } from './paths';

/** RFM as the app runs it by default: 5 quantile bins, the 11-segment scheme split at the mean, orders counted. */
export const RFM_ELEVEN = {
  model: 'rfm',
  bins: 5,
  method: 'quantile',
  scheme: 'eleven',
  split: 'mean',
  frequency: 'orders',
} as const satisfies ModelSpec;

/**
 * A workspace at `file` with rfm_data_orders.csv (its customer, date and revenue columns named) and one RFM run of it
 * (11 segments, analysis date 2007-01-01), made through the service; the run as `createRun` returns it.
 */
export async function ordersRfmRun(service: WorkspaceService, file: string) {
  await service.createAt(file);
  const orders = await service.importFile(sharedData('rfm_data_orders.csv'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
  });
  return service.createRun(orders.id, { ...RFM_ELEVEN, analysisDate: '2007-01-01' });
}

/** A members export as the CLI's defaults make it: CSV, UTF-8 with BOM, commas, nothing masked, English. */
export const CSV_MEMBERS: MembersExport = { format: 'csv', encoding: 'utf8', delimiter: ',', mask: [], lang: 'en' };
