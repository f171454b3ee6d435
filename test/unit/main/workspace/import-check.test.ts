import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_ROWS } from '../../../../src/shared/import-settings';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

/** The import check counts what the import will keep, and the same file imported twice is told. */
describe('the import check', () => {
  let t: TestService;
  beforeAll(async () => {
    t = createTestService();
    await t.service.createAt(join(tempDir(), 'w.segdesk'));
  });
  afterAll(() => t.service.dispose());

  it('on every row says what the import keeps, exactly: 397,884 of the UCI file’s 541,909 rows (its first 1,000 rows keep 989)', async () => {
    const { service } = t;
    const file = sharedData('online_retail_uci.csv.gz');
    const { token } = service.registerFile(file);
    const preview = await service.inspectImport(token, {});
    expect([preview.quality.rowsRead, preview.quality.rowsKept, preview.truncated]).toEqual([PREVIEW_ROWS, 989, true]);
    const check = await service.inspectImport(token, { kind: preview.kind, roles: preview.roles }, undefined, null);
    expect([check.quality.rowsRead, check.quality.rowsKept, check.truncated]).toEqual([541909, 397884, false]);
    expect(check.alreadyImported).toBeNull();
    const dataset = await service.runImport(token, { kind: preview.kind, roles: preview.roles });
    expect([dataset.quality.rowsRead, dataset.quality.rowsKept, dataset.rowCount]).toEqual([541909, 397884, 397884]);
    expect(dataset.quality.issues.map((i) => [i.code, i.count])).toEqual(
      check.quality.issues.map((i) => [i.code, i.count]),
    );
  }, 120_000);

  it('of a file imported before names the dataset it became, by name and size at the preview and by content at the check; a second import gets its own name', async () => {
    const { service } = t;
    const first = await service.importFile(sharedData('Mall_Customers.csv'));
    expect([first.name, first.source.bytes, first.source.sha256?.slice(0, 16)]).toEqual([
      'Mall_Customers',
      4286,
      '293887b3a8de822a',
    ]);
    const earlier = { datasetId: first.id, name: 'Mall_Customers', createdAt: first.createdAt };
    const { token } = service.registerFile(sharedData('Mall_Customers.csv'));
    expect((await service.inspectImport(token, {})).alreadyImported).toEqual(earlier);
    // The same bytes under another name: the check, which hashes the file, still knows it.
    const renamed = join(tempDir(), 'customers-march.csv');
    copyFileSync(sharedData('Mall_Customers.csv'), renamed);
    const other = service.registerFile(renamed).token;
    expect((await service.inspectImport(other, {})).alreadyImported).toBeNull();
    expect((await service.inspectImport(other, {}, undefined, null)).alreadyImported).toEqual(earlier);

    const second = await service.runImport(token, {});
    expect(second.name).toBe('Mall_Customers (2)');
    expect((await service.importFile(sharedData('Mall_Customers.csv'))).name).toBe('Mall_Customers (3)');
  }, 60_000);
});
