import { describe, expect, it } from 'vitest';
import { datasetName } from '../../../../src/renderer/src/components/import-wizard/dataset-name';

describe('datasetName', () => {
  it('names a dataset after its file, without the extension or a compression suffix', () => {
    expect(datasetName('rfm_data_orders.csv')).toBe('rfm_data_orders');
    expect(datasetName('rfm_data_customer.csv.gz')).toBe('rfm_data_customer');
    expect(datasetName('Online Retail.xlsx')).toBe('Online Retail');
    expect(datasetName('订单.2024.CSV.ZIP')).toBe('订单.2024');
    expect(datasetName('CDNOW_master')).toBe('CDNOW_master');
  });
});
