import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { repoRoot, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let data: string;
beforeAll(() => {
  // The bench kit's generator (../shared/bench), small: 3,000 customers, 30,000 transactions.
  data = tempDir();
  execFileSync(process.execPath, [
    join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
    '--customers',
    '3000',
    '--transactions',
    '30000',
    '--only',
    'transactions,customers',
    '--out',
    data,
  ]);
});

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

describe('joining customers to transactions', () => {
  it('matches every transaction of the bench data to its customer', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    await t.service.createAt(join(tempDir(), 'join.segdesk'));
    const tx = await t.service.importFile(join(data, 'transactions.csv'));
    const cu = await t.service.importFile(join(data, 'customers.csv'));
    expect([tx.kind, tx.roles.customerId, tx.rowCount]).toEqual(['transactions', 'customer_id', 30000]);
    expect([cu.kind, cu.roles.customerId, cu.rowCount]).toEqual(['customers', 'customer_id', 3000]);
    expect(cu.roles).toMatchObject({
      gender: 'gender',
      age: 'age',
      city: 'city',
      province: 'province',
      income: 'income',
      education: 'education',
      occupation: 'occupation',
      maritalStatus: 'marital_status',
      signupDate: 'signup_date',
    });

    const linked = await dispatch('dataset:linkCustomers', { datasetId: tx.id, customersId: cu.id });
    expect(linked).toMatchObject({ ok: true, value: { dataset: { id: tx.id, customersDatasetId: cu.id } } });
    const match = (
      linked as {
        value: {
          match: {
            transactions: number;
            matchedTransactions: number;
            customers: number;
            customersWithTransactions: number;
            unmatchedExamples: string[];
          };
        };
      }
    ).value.match;
    expect(match.transactions).toBe(30000);
    expect(match.matchedTransactions).toBe(30000);
    expect(match.customers).toBe(3000);
    expect(match.unmatchedExamples).toEqual([]);
    expect(match.customersWithTransactions).toBeLessThanOrEqual(3000);
    expect(await dispatch('dataset:customerMatch', { datasetId: tx.id })).toEqual({ ok: true, value: match });

    expect(await dispatch('dataset:linkCustomers', { datasetId: cu.id, customersId: tx.id })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_LINKABLE' },
    });
    expect(await dispatch('dataset:delete', { datasetId: cu.id, confirm: true })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(t.service.current()!.datasets[0].customersDatasetId).toBeNull();
    expect(await dispatch('dataset:customerMatch', { datasetId: tx.id })).toEqual({ ok: true, value: null });
  });
});
