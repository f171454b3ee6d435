import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../../src/main/cli/run-cli';
import { CURRENT_SCHEMA_VERSION, schemaVersion } from '../../../../src/main/store/migrations';
import type * as OpenDatabase from '../../../../src/main/store/open-database';
import { migrationBackupPath, WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { importDataset } from '../../../../src/main/worker/jobs/import-dataset';
import type { JobContext } from '../../../../src/main/worker/protocol';
import { writeOldWorkspace } from '../../../helpers/old-workspace';
import { builtMain, sharedData, tempDir } from '../../../helpers/paths';
import { createTestService } from '../../../helpers/service';
import { digestWorkspace } from '../../../helpers/workspace-digest';

/**
 * A full disk, as the next connections see it: `maxPages` limits the file (SQLite then fails with
 * SQLITE_FULL), and with `copies` set a backup (Save As, Duplicate, `workspace copy`) or a VACUUM
 * INTO (the backup before a migration) writes the first page of the copy and then fails as
 * SQLite does when the disk fills up under it.
 */
const disk = vi.hoisted(() => ({ maxPages: null as number | null, copies: false }));
vi.mock('../../../../src/main/store/open-database', async (importOriginal) => {
  const actual = await importOriginal<typeof OpenDatabase>();
  const { default: Sqlite } = await import('better-sqlite3');
  const { readFileSync: read, writeFileSync: write } = await import('node:fs');
  return {
    ...actual,
    openDatabase: (file: string, options?: OpenDatabase.OpenOptions) => {
      const db = actual.openDatabase(file, options);
      if (disk.maxPages !== null && !options?.readonly) db.pragma(`max_page_count = ${disk.maxPages}`);
      const fillUp = (target: string): never => {
        write(target, read(file).subarray(0, 4096));
        throw new Sqlite.SqliteError('database or disk is full', 'SQLITE_FULL');
      };
      const { backup, prepare } = db;
      db.backup = (target, ...rest) =>
        disk.copies ? Promise.resolve().then(() => fillUp(target)) : backup.call(db, target, ...rest);
      db.prepare = ((sql: string) =>
        disk.copies && sql.startsWith('VACUUM INTO') ? { run: fillUp } : prepare.call(db, sql)) as typeof db.prepare;
      return db;
    },
  };
});

afterEach(() => {
  disk.maxPages = null;
  disk.copies = false;
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

const copyFailed = (target: string) =>
  `The disk is full, so the workspace could not be copied to ${target}. No partial file was left; the original is intact. Free some space and try again.`;

describe('a full disk during an import', () => {
  it('is E_DISK_FULL saying the workspace is intact, and the workspace is exactly as before', async () => {
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'full.segdesk');
    const store = WorkspaceStore.create(file);
    await importInto(file, 'First');
    const before = digestWorkspace(file);
    disk.maxPages = store.db.pragma('page_count', { simple: true }) as number;
    await expect(importInto(file, 'Second')).rejects.toMatchObject({
      code: 'E_DISK_FULL',
      message: 'The disk is full, so nothing was saved. The workspace is intact.',
    });
    disk.maxPages = null;
    expect(digestWorkspace(file)).toEqual(before);
    expect(store.info().datasets.map((d) => d.name)).toEqual(['First']);
    store.close();
    expect(existsSync(`${file}-lock`)).toBe(false);
    expect(readdirSync(dir)).toEqual(['full.segdesk']);
  });
});

describe('a full disk while the workspace is copied', () => {
  it('Save As and Duplicate: E_DISK_FULL, no partial copy, a file already there untouched, the original open and as it was', async () => {
    const { service, dialogs } = createTestService();
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'shop.segdesk');
    await service.createAt(file);
    await service.importFile(sharedData('rfm_data_orders.csv'));
    const before = digestWorkspace(file);
    const earlier = join(dir, 'earlier.segdesk');
    writeFileSync(earlier, 'a file the user chose to replace');
    disk.copies = true;
    try {
      dialogs.newWorkspace.push(join(dir, 'copy.segdesk'));
      await expect(service.saveAs()).rejects.toMatchObject({
        code: 'E_DISK_FULL',
        message: copyFailed(join(dir, 'copy.segdesk')),
        details: { path: join(dir, 'copy.segdesk'), code: 'SQLITE_FULL' },
      });
      dialogs.newWorkspace.push(earlier);
      await expect(service.duplicate()).rejects.toMatchObject({ code: 'E_DISK_FULL', message: copyFailed(earlier) });
      // Nothing beside the workspace and its own side files (-lock, -wal, -shm) but the file that was there.
      expect(readdirSync(dir).filter((f) => !f.startsWith('shop.segdesk-'))).toEqual([
        'earlier.segdesk',
        'shop.segdesk',
      ]);
      expect(readFileSync(earlier, 'utf8')).toBe('a file the user chose to replace');
      expect(service.current()).toMatchObject({ path: file, datasets: [{ name: 'rfm_data_orders', rowCount: 4906 }] });
      expect(digestWorkspace(file)).toEqual(before);
      // With room again, the same copy is made.
      disk.copies = false;
      dialogs.newWorkspace.push(earlier);
      expect(await service.duplicate()).toEqual({ path: earlier });
      expect(digestWorkspace(earlier).datasets).toEqual(before.datasets);
    } finally {
      await service.dispose();
    }
  });

  it('`workspace copy`: error E_DISK_FULL with the same words, exit code 1, no partial copy, the original byte-identical', async () => {
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'shop.segdesk');
    WorkspaceStore.create(file).close();
    const bytes = readFileSync(file);
    const target = join(dir, 'copy.segdesk');
    const said = { out: '', err: '' };
    const io = {
      out: (s: string) => (said.out += s),
      err: (s: string) => (said.err += s),
      mainDir: builtMain,
      version: '0.1.0',
    };
    disk.copies = true;
    expect(await runCli(['workspace', 'copy', file, target], io)).toBe(1);
    expect(said).toEqual({ out: '', err: `error: E_DISK_FULL: ${copyFailed(target)}\n` });
    expect(readdirSync(dir)).toEqual(['shop.segdesk']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('a full disk while a workspace is created or updated to this version', () => {
  it('creating one: E_DISK_FULL, no file and no lock left', () => {
    const dir = tempDir('segdesk-disk-full-');
    disk.maxPages = 1;
    expect(() => WorkspaceStore.create(join(dir, 'new.segdesk'))).toThrow(
      expect.objectContaining({
        code: 'E_DISK_FULL',
        message:
          'The disk is full, so the workspace could not be created. No partial file was left. Free some space and try again.',
      }),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the backup before a migration (VACUUM INTO): E_DISK_FULL, no partial backup, the workspace not migrated', () => {
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'old.segdesk');
    writeOldWorkspace(file, 5);
    const bytes = readFileSync(file);
    disk.copies = true;
    expect(() => WorkspaceStore.open(file)).toThrow(
      expect.objectContaining({
        code: 'E_DISK_FULL',
        message:
          'The disk is full, so the backup made before updating the workspace could not be written. No partial file was left; the workspace was not changed. Free some space and open it again.',
        details: { backup: migrationBackupPath(file, 5), code: 'SQLITE_FULL' },
      }),
    );
    expect(readdirSync(dir)).toEqual(['old.segdesk']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('the migration itself: E_DISK_FULL (not E_WORKSPACE_CORRUPT), still the old version, migrated once there is room', () => {
    const dir = tempDir('segdesk-disk-full-');
    const file = join(dir, 'old.segdesk');
    writeOldWorkspace(file, 5);
    const pages = (path: string) => {
      const db = new Database(path, { readonly: true });
      const n = db.pragma('page_count', { simple: true }) as number;
      db.close();
      return n;
    };
    disk.maxPages = pages(file);
    expect(() => WorkspaceStore.open(file)).toThrow(
      expect.objectContaining({
        code: 'E_DISK_FULL',
        message: 'The disk is full: the workspace could not be opened for writing. It is intact.',
      }),
    );
    expect(readdirSync(dir).sort()).toEqual(['old (schema 5 backup).segdesk', 'old.segdesk']);
    const old = new Database(file, { readonly: true });
    expect([schemaVersion(old), old.pragma('integrity_check', { simple: true })]).toEqual([5, 'ok']);
    old.close();
    disk.maxPages = null;
    const store = WorkspaceStore.open(file);
    expect(schemaVersion(store.db)).toBe(CURRENT_SCHEMA_VERSION);
    store.close();
  });
});
