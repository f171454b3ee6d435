import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetChanges, recordDatasetChange } from '../../../../src/main/store/dataset-changes';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { tempDir } from '../../../helpers/paths';

describe('dataset changes (schema 8)', () => {
  it('keeps what was changed after import, in order, and goes with its dataset', () => {
    const store = WorkspaceStore.create(join(tempDir(), 'changes.segdesk'));
    const { db } = store;
    db.prepare(
      "INSERT INTO datasets (id, name, source_name, row_count, columns_json, created_at) VALUES (1, 'd', 'd.csv', 0, '[]', '2026-01-01')",
    ).run();
    recordDatasetChange(
      db,
      1,
      { type: 'role', column: 'Spend', from: null, to: 'amount' },
      new Date(Date.UTC(2026, 0, 2)),
    );
    recordDatasetChange(db, 1, { type: 'rename', from: 'Spend', to: 'Total spend' }, new Date(Date.UTC(2026, 0, 3)));
    expect(datasetChanges(db, 1)).toEqual([
      { at: '2026-01-02T00:00:00.000Z', change: { type: 'role', column: 'Spend', from: null, to: 'amount' } },
      { at: '2026-01-03T00:00:00.000Z', change: { type: 'rename', from: 'Spend', to: 'Total spend' } },
    ]);
    expect(() =>
      recordDatasetChange(db, 1, { type: 'role', column: 'x', from: null, to: 'nonsense' } as never),
    ).toThrow(/Invalid option/);
    db.prepare('DELETE FROM datasets WHERE id = 1').run();
    expect(datasetChanges(db, 1)).toEqual([]);
    store.close();
  });
});
