import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertDataset } from '../../../../src/main/store/insert-dataset';
import { readDatasetTable } from '../../../../src/main/store/read-dataset';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/migrations';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { readDelimited } from '../../../../src/main/engine/io/read-delimited';
import { prepareDataset } from '../../../../src/main/engine/io/prepare-dataset';
import type { SourceInfo } from '../../../../src/shared/schemas';
import { sideFiles } from '../../../helpers/files';
import { sharedData, tempDir } from '../../../helpers/paths';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

const source: SourceInfo = {
  format: 'csv',
  compression: null,
  encoding: 'utf-8',
  delimiter: ',',
  header: true,
  sheet: null,
};

async function rfmOrders() {
  const prepared = prepareDataset(await readDelimited(sharedData('rfm_data_orders.csv')), {
    now: Date.UTC(2026, 0, 1),
    fallbackCurrency: 'USD',
  });
  return { name: 'orders', sourceName: 'rfm_data_orders.csv', source, ...prepared };
}

async function addRfmOrders(store: WorkspaceStore) {
  return insertDataset(store.db, await rfmOrders());
}

describe('WorkspaceStore', () => {
  it('creates an empty workspace with SegmentDesk’s header fields', () => {
    const file = join(dir, 'a.segdesk');
    const store = WorkspaceStore.create(file);
    const info = store.info();
    expect(info).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: 'a',
      path: file,
      datasets: [],
      runs: [],
    });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
    const header = readFileSync(file).subarray(0, 100);
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readUInt32BE(60)).toBe(CURRENT_SCHEMA_VERSION);
    // 64 KiB pages (stored as 1 at offset 16): dataset BLOBs need 16× fewer overflow pages than with 4 KiB.
    expect(header.readUInt16BE(16)).toBe(1);
  });

  it('refuses to overwrite an existing file unless asked', () => {
    const file = join(dir, 'a.segdesk');
    WorkspaceStore.create(file).close();
    expect(() => WorkspaceStore.create(file)).toThrowError(expect.objectContaining({ code: 'E_WORKSPACE_EXISTS' }));
    const again = WorkspaceStore.create(file, { overwrite: true });
    expect(again.info().datasets).toEqual([]);
    again.close();
  });

  it('checkpoints on close so the .segdesk file alone holds everything', async () => {
    const file = join(dir, 'a.segdesk');
    const store = WorkspaceStore.create(file);
    const dataset = await addRfmOrders(store);
    expect(existsSync(`${file}-wal`)).toBe(true); // WAL while open
    store.close();
    expect(sideFiles(file)).toEqual([]);

    const copy = join(dir, 'copy.segdesk');
    copyFileSync(file, copy); // the file alone, no side files
    const reopened = WorkspaceStore.open(copy);
    expect(reopened.listDatasets()).toEqual([{ ...dataset }]);
    expect(dataset.rowCount).toBe(4906);
    expect(dataset.columns.map((c) => [c.name, c.spec.kind])).toEqual([
      ['customer_id', 'id'],
      ['order_date', 'date'],
      ['revenue', 'integer'],
      ['first_name', 'text'],
      ['last_name', 'text'],
      ['email', 'text'],
    ]);
    expect(dataset.source).toEqual(source);
    const table = readDatasetTable(reopened.db, dataset.id);
    expect(table.numRows).toBe(4906);
    const revenue = table.getChild('revenue')!.toArray() as Float64Array;
    expect(revenue.reduce((a, b) => a + b, 0)).toBe(464158);
    reopened.close();
  });

  it('renames and deletes datasets; deleting removes their batches and runs', async () => {
    const store = WorkspaceStore.create(join(dir, 'a.segdesk'));
    const dataset = await addRfmOrders(store);
    store.db
      .prepare(
        "INSERT INTO runs (dataset_id, name, model, spec_json, status, customer_count, created_at) VALUES (?, 'RFM 1', 'rfm', '{}', 'done', 995, '2026-01-01T00:00:00Z')",
      )
      .run(dataset.id);
    expect(store.renameDataset(dataset.id, 'Orders 2006').name).toBe('Orders 2006');
    expect(store.listRuns()).toEqual([
      {
        id: 1,
        datasetId: dataset.id,
        name: 'RFM 1',
        model: 'rfm',
        status: 'done',
        customerCount: 995,
        createdAt: '2026-01-01T00:00:00Z',
        revision: 1,
        analysisDate: null,
      },
    ]);
    expect(store.renameRun(1, 'Baseline').name).toBe('Baseline');
    store.deleteDataset(dataset.id);
    expect(store.listDatasets()).toEqual([]);
    expect(store.listRuns()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM dataset_chunks').pluck().get()).toBe(0);
    expect(() => store.deleteDataset(dataset.id)).toThrowError(expect.objectContaining({ code: 'E_NOT_FOUND' }));
    expect(() => store.renameRun(1, 'x')).toThrowError(expect.objectContaining({ code: 'E_NOT_FOUND' }));
    store.close();
  });

  it('writes a dataset in one transaction: a failure after some pieces leaves nothing behind', async () => {
    const store = WorkspaceStore.create(join(dir, 'a.segdesk'));
    const big = prepareDataset(await readDelimited(sharedData('online_retail_uci.csv.gz')), {
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'GBP',
    });
    const dataset = { name: 'x', sourceName: 'x.csv', source, ...big };
    let pieces = 0;
    const attempt = () =>
      insertDataset(store.db, dataset, (done, total) => {
        pieces = total;
        if (done === 1) throw new Error('cancelled mid-write');
      });
    await expect(attempt()).rejects.toThrow('cancelled mid-write');
    expect(pieces).toBeGreaterThan(1);
    expect(store.listDatasets()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM dataset_chunks').pluck().get()).toBe(0);
    store.close();
  });
});
