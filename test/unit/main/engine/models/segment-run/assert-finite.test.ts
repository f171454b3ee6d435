import { describe, expect, it } from 'vitest';
import { customerFeatures } from '../../../../../../src/main/engine/features/customer-features';
import { featureFields } from '../../../../../../src/main/engine/features/customer-table';
import { segmentRun } from '../../../../../../src/main/engine/models/segment-run';
import { modelSpecSchema } from '../../../../../../src/shared/segments';
import { prepareCsvText } from '../../../../../helpers/csv-text';

const hooks = { progress: () => undefined, checkCancel: () => undefined };

/** An RFM run on orders of ten customers plus the given rows, imported with the given policies. */
async function rfmRun(extra: string[], policies = {}) {
  const rows = Array.from({ length: 30 }, (_, i) => `C${i % 10},2024-0${1 + (i % 9)}-0${1 + (i % 7)},${10 + i}`);
  const p = await prepareCsvText(['customer_id,order_date,amount', ...rows, ...extra].join('\n'), { policies });
  const features = customerFeatures(p.table, p.roles);
  return segmentRun(
    {
      table: { ids: features.ids, fields: featureFields(features) },
      features,
      analysisDate: features.analysisDate,
      dataset: { kind: 'transactions', roles: p.roles, rows: () => p.table },
    },
    modelSpecSchema.parse({ model: 'rfm' }),
    hooks,
  );
}

describe('a run never stores a non-finite figure', () => {
  it('refuses a customer whose spend sums to infinity (kept against the default policy) with E_OUT_OF_RANGE', async () => {
    const extra = ['C99,2024-03-05,1e308', 'C99,2024-03-06,1e308'];
    await expect(rfmRun(extra, { total_out_of_range: 'keep' })).rejects.toMatchObject({
      code: 'E_OUT_OF_RANGE',
      details: { field: 'monetary', customer: 'C99', value: 'Infinity' },
    });
    // By default the import drops that customer, and the run holds only finite figures.
    const { result } = await rfmRun(extra);
    expect(result.customers).toBe(10);
    expect(result.overall.revenue).toBe(30 * 10 + (29 * 30) / 2);
  });

  it('refuses an overall revenue past the largest double though each customer’s fits', async () => {
    await expect(rfmRun(['C98,2024-03-05,1e308', 'C99,2024-03-06,1e308'])).rejects.toMatchObject({
      code: 'E_OUT_OF_RANGE',
      details: { field: 'revenue', segment: -1, value: 'Infinity' },
    });
  });

  it('scores a customer with an amount of 2e16 (beyond 2^53) in the top M bin, not as a score of 0', async () => {
    const { result, members } = await rfmRun(['C99,2024-09-07,2e16']);
    const at = members.getChild('customerId')!.toArray().indexOf('C99');
    expect([members.getChild('r')!.get(at), members.getChild('f')!.get(at), members.getChild('m')!.get(at)]).toEqual([
      5, 1, 5,
    ]);
    expect(result.bins!.monetary.upper.at(-1)).toBe(2e16);
  });
});
