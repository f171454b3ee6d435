import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as OpenDatabase from '../../../../src/main/store/open-database';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { importDataset } from '../../../../src/main/worker/jobs/import-dataset';
import type { JobContext } from '../../../../src/main/worker/protocol';
import { digestWorkspace } from '../../../helpers/workspace-digest';
import { sharedData, tempDir } from '../../../helpers/paths';

/** The page limit the next write connections get: SQLite then fails as on a full disk (SQLITE_FULL). */
const disk = vi.hoisted(() => ({ maxPages: null as number | null }));
vi.mock('../../../../src/main/store/open-database', async (importOriginal) => {
  const actual = await importOriginal<typeof OpenDatabase>();
  return {
    ...actual,
    openDatabase: (file: string, options?: OpenDatabase.OpenOptions) => {
      const db = actual.openDatabase(file, options);
      if (disk.maxPages !== null && !options?.readonly) db.pragma(`max_page_count = ${disk.maxPages}`);
      return db;
    },
  };
});

const ctx: JobContext = { config: {}, progress: () => {}, isCancelled: () => false, throwIfCancelled: () => {} };
const importInto = (workspacePath: string, name: string) =>
  importDataset(
    {
      workspacePath,
      filePath: sharedData('rfm_data_orders.csv'),
      settings: { name, kind: 'transactions', roles: { customerId: 'customer_id', orderDate: 'order_date' } },
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
    },
    ctx,
  );

describe('a full disk during an import', () => {
  it('is E_DISK_FULL saying the workspace is intact, and the workspace is exactly as before', async () => {
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'full.segdesk');
    const store = WorkspaceStore.create(file);
    await importInto(file, 'First');
    const before = digestWorkspace(file);
    disk.maxPages = store.db.pragma('page_count', { simple: true }) as number;
    try {
      await expect(importInto(file, 'Second')).rejects.toMatchObject({
        code: 'E_DISK_FULL',
        message: 'The disk is full, so nothing was saved. The workspace is intact.',
      });
    } finally {
      disk.maxPages = null;
    }
    expect(digestWorkspace(file)).toEqual(before);
    expect(store.info().datasets.map((d) => d.name)).toEqual(['First']);
    store.close();
    expect(existsSync(`${file}-lock`)).toBe(false);
    expect(readdirSync(dir)).toEqual(['full.segdesk']);
  });
});
