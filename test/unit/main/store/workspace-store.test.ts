import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertDataset } from '../../../../src/main/store/insert-dataset';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/migrations';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { fromCsv } from '../../../../src/main/engine/io/from-csv';
import { toArrowBatches } from '../../../../src/main/engine/io/to-arrow-batches';
import { sideFiles } from '../../../helpers/files';
import { sharedData, tempDir } from '../../../helpers/paths';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

async function addRfmOrders(store: WorkspaceStore) {
  const table = await fromCsv(sharedData('rfm_data_orders.csv'));
  const { columns, batches } = toArrowBatches(table, 1000);
  return insertDataset(store.db, { name: 'orders', sourceName: 'rfm_data_orders.csv', rowCount: table.rowCount, columns, batches });
}

describe('WorkspaceStore', () => {
  it('creates an empty workspace with SegmentDesk’s header fields', () => {
    const file = join(dir, 'a.segdesk');
    const store = WorkspaceStore.create(file);
    const info = store.info();
    expect(info).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, name: 'a', path: file, datasets: [], runs: [] });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
    const header = readFileSync(file).subarray(0, 100);
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readUInt32BE(60)).toBe(CURRENT_SCHEMA_VERSION);
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
    expect(dataset.columns.map((c) => [c.name, c.type])).toEqual([
      ['customer_id', 'text'],
      ['order_date', 'text'],
      ['revenue', 'number'],
      ['first_name', 'text'],
      ['last_name', 'text'],
      ['email', 'text'],
    ]);
    expect(reopened.db.prepare('SELECT count(*) FROM dataset_batches WHERE dataset_id = ?').pluck().get(dataset.id)).toBe(5);
    reopened.close();
  });

  it('renames and deletes datasets; deleting removes their batches and runs', async () => {
    const store = WorkspaceStore.create(join(dir, 'a.segdesk'));
    const dataset = await addRfmOrders(store);
    store.db
      .prepare("INSERT INTO runs (dataset_id, name, model, spec_json, status, customer_count, created_at) VALUES (?, 'RFM 1', 'rfm', '{}', 'done', 995, '2026-01-01T00:00:00Z')")
      .run(dataset.id);
    expect(store.renameDataset(dataset.id, 'Orders 2006').name).toBe('Orders 2006');
    expect(store.listRuns()).toEqual([
      { id: 1, datasetId: dataset.id, name: 'RFM 1', model: 'rfm', status: 'done', customerCount: 995, createdAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(store.renameRun(1, 'Baseline').name).toBe('Baseline');
    store.deleteDataset(dataset.id);
    expect(store.listDatasets()).toEqual([]);
    expect(store.listRuns()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM dataset_batches').pluck().get()).toBe(0);
    expect(() => store.deleteDataset(dataset.id)).toThrowError(expect.objectContaining({ code: 'E_NOT_FOUND' }));
    expect(() => store.renameRun(1, 'x')).toThrowError(expect.objectContaining({ code: 'E_NOT_FOUND' }));
    store.close();
  });

  it('writes a dataset in one transaction: a failure after some batches leaves nothing behind', async () => {
    const store = WorkspaceStore.create(join(dir, 'a.segdesk'));
    const table = await fromCsv(sharedData('rfm_data_orders.csv'));
    const { columns, batches } = toArrowBatches(table, 1000);
    const attempt = () =>
      insertDataset(store.db, { name: 'x', sourceName: 'x.csv', rowCount: table.rowCount, columns, batches }, (done) => {
        if (done === 3) throw new Error('cancelled mid-write');
      });
    expect(attempt).toThrow('cancelled mid-write');
    expect(store.listDatasets()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM dataset_batches').pluck().get()).toBe(0);
    store.close();
  });
});
