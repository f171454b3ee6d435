import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toErrorData } from '../../../../src/shared/errors';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService } from '../../../helpers/service';

describe('a data file opened as a workspace', () => {
  const t = createTestService();
  afterAll(() => t.service.dispose());
  const failure = (file: string) => t.service.openAt(file).then(() => null, toErrorData);

  it('is not one, and the error carries it registered for import (a token, its name), so it can be imported instead', async () => {
    const error = await failure(sharedData('Mall_Customers.csv'));
    expect(error).toMatchObject({
      code: 'E_NOT_A_WORKSPACE',
      details: { importFile: { token: expect.any(String), fileName: 'Mall_Customers.csv' } },
    });
    const { token } = (error!.details as { importFile: { token: string } }).importFile;
    await t.service.createAt(join(tempDir(), 'new.segdesk'));
    expect((await t.service.inspectImport(token, {})).columns.map((c) => c.name)).toEqual([
      'CustomerID',
      'Genre',
      'Age',
      'Annual Income (k$)',
      'Spending Score (1-100)',
    ]);
  });

  it('named like a workspace is not offered for import (it is a damaged or wrong .segdesk)', async () => {
    const file = join(tempDir(), 'customers.segdesk');
    copyFileSync(sharedData('Mall_Customers.csv'), file);
    const error = await failure(file);
    expect([error?.code, error?.details]).toEqual(['E_NOT_A_WORKSPACE', undefined]);
  });
});
