import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION, schemaVersion } from '../../../../src/main/store/migrations';
import { modelSpecSchema } from '../../../../src/shared/segments';
import { lockPath } from '../../../../src/main/store/workspace-lock';
import { migrationBackupPath, WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { writeBigCsv } from '../../../helpers/big-csv';
import { sideFiles } from '../../../helpers/files';
import { repoRoot, resourcesDir, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { digestWorkspace } from '../../../helpers/workspace-digest';
import { writeOldWorkspace } from '../../../helpers/old-workspace';

const bin = join(repoRoot, 'bin', 'segmentdesk.cjs');
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const orders = join(resourcesDir, 'demo', 'orders.csv');

let services: TestService[] = [];
afterEach(async () => {
  for (const { service } of services) await service.dispose();
  services = [];
});
function newService(): TestService {
  const s = createTestService();
  services.push(s);
  return s;
}

async function workspaceWithData(): Promise<{ t: TestService; file: string }> {
  const t = newService();
  const file = join(tempDir(), 'shop.segdesk');
  await t.service.createAt(file);
  const dataset = await t.service.importFile(orders);
  await t.service.createRun(dataset.id, modelSpecSchema.parse({ model: 'rfm' }), { name: 'RFM' });
  return { t, file };
}

describe('workspace safety', () => {
  it('Save As and Duplicate copy the open workspace through the backup API: complete, standalone, identical', async () => {
    const { t, file } = await workspaceWithData();
    const before = t.service.current()!;
    const dir = tempDir();

    t.dialogs.newWorkspace.push(join(dir, 'copy'));
    const duplicated = await t.service.duplicate();
    expect(duplicated).toEqual({ path: join(dir, 'copy.segdesk') });
    expect(t.service.current()!.path).toBe(file); // Duplicate keeps working in the original
    expect(sideFiles(duplicated!.path)).toEqual([]); // a single file, in rollback-journal mode
    expect(readFileSync(duplicated!.path).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(existsSync(lockPath(duplicated!.path))).toBe(false);

    t.dialogs.newWorkspace.push(join(dir, 'saved-as.segdesk'));
    const saved = await t.service.saveAs();
    expect(saved!.path).toBe(join(dir, 'saved-as.segdesk')); // Save As continues in the copy
    expect(saved!.datasets).toEqual(before.datasets);
    expect(saved!.runs).toEqual(before.runs);
    await t.service.close();
    expect(existsSync(lockPath(file))).toBe(false);

    const original = digestWorkspace(file);
    expect(original.integrity).toBe('ok');
    expect(Object.keys(original.runs)).toHaveLength(1);
    for (const copy of [duplicated!.path, saved!.path]) expect(digestWorkspace(copy)).toEqual(original);

    // Cancel writes nothing; the open file itself is refused as a target.
    await t.service.openAt(file);
    expect(await t.service.duplicate()).toBeNull();
    t.dialogs.newWorkspace.push(file);
    await expect(t.service.duplicate()).rejects.toMatchObject({ code: 'E_INVALID_INPUT' });
  });

  it('a copy taken while an import writes is consistent: the dataset is in it whole or not at all', async () => {
    const { t, file } = await workspaceWithData();
    const big = join(tempDir(), 'big.csv');
    writeBigCsv(big, 1_000_000);
    const importing = t.service.importFile(big);
    const copies: string[] = [];
    const dir = tempDir();
    // Copies during the whole import: reading, typing, writing the pieces.
    while (!(await Promise.race([importing.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]))) {
      copies.push(await t.service.copyWorkspaceTo(join(dir, `during-${copies.length}`)));
    }
    await importing;
    copies.push(await t.service.copyWorkspaceTo(join(dir, 'after')));
    await t.service.close();
    const final = digestWorkspace(file);
    expect(Object.keys(final.datasets)).toHaveLength(2);
    expect(copies.length).toBeGreaterThan(2);
    for (const copy of copies) {
      const d = digestWorkspace(copy);
      expect(d.integrity).toBe('ok');
      expect(d.orphanPieces).toBe(0);
      // Every dataset in a copy equals the finished one: never a part of it.
      for (const [id, digest] of Object.entries(d.datasets)) expect(digest).toBe(final.datasets[Number(id)]);
    }
    expect(Object.keys(digestWorkspace(copies[0]).datasets)).toHaveLength(1);
    expect(Object.keys(digestWorkspace(copies.at(-1)!).datasets)).toHaveLength(2);
  });

  it('backs the file up before a schema migration; the backup opens as the old version, unchanged', () => {
    const file = join(tempDir(), 'old.segdesk');
    writeOldWorkspace(file, 5);

    const store = WorkspaceStore.open(file);
    expect(schemaVersion(store.db)).toBe(CURRENT_SCHEMA_VERSION);
    store.close();

    const backup = migrationBackupPath(file, 5);
    expect(backup).toBe(join(file, '..', 'old (schema 5 backup).segdesk'));
    const copy = new Database(backup, { readonly: true });
    expect(schemaVersion(copy)).toBe(5);
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.prepare('SELECT key, value FROM meta ORDER BY key').all()).toEqual([
      { key: 'app', value: 'segmentdesk' },
      { key: 'created_at', value: '2026-01-02T03:04:05.000Z' },
    ]);
    expect(copy.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'run_campaigns'").pluck().get()).toBe(0);
    copy.close();
    // A current workspace is opened without a backup: still the one copy beside it.
    const again = WorkspaceStore.open(file);
    again.close();
    expect(readdirSync(join(file, '..')).filter((f) => f.includes('backup'))).toEqual([basename(backup)]);
  });

  it('refuses a workspace another process is writing (E_WORKSPACE_LOCKED); a dead process’s lock is taken over', async () => {
    const dir = tempDir();
    const file = join(dir, 'shared.segdesk');
    expect(cli('workspace', 'create', file).status).toBe(0);
    const big = join(dir, 'big.csv');
    writeBigCsv(big, 600_000);
    const child = spawn(process.execPath, [bin, 'import', big, '--workspace', file], { stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!existsSync(lockPath(file))) await new Promise((r) => setTimeout(r, 5));
    const owner = JSON.parse(readFileSync(lockPath(file), 'utf8'));
    expect(owner).toMatchObject({ pid: child.pid, host: hostname(), program: 'SegmentDesk CLI' });

    // The app (this process) and another CLI are both refused, and change nothing.
    const t = newService();
    await expect(t.service.openAt(file)).rejects.toMatchObject({
      code: 'E_WORKSPACE_LOCKED',
      details: { pid: child.pid, program: 'SegmentDesk CLI' },
    });
    await expect(t.service.createAt(file, { overwrite: true })).rejects.toMatchObject({ code: 'E_WORKSPACE_LOCKED' });
    const other = cli('workspace', 'info', file);
    expect(other.status).not.toBe(0);
    expect(other.stderr).toMatch(
      /^error: E_WORKSPACE_LOCKED: This workspace is open in another program \(SegmentDesk CLI, process \d+/,
    );
    expect(t.service.current()).toBeNull();

    expect(await exited).toBe(0);
    expect(existsSync(lockPath(file))).toBe(false); // released on close
    expect((await t.service.openAt(file)).datasets).toHaveLength(1);
    await t.service.close();

    /** Leaves a lock file of SegmentDesk's, taken on 2026-11-01 on this host unless `owner` says otherwise. */
    const writeLock = (owner: { pid: number; host?: string; boot?: number }) =>
      writeFileSync(
        lockPath(file),
        JSON.stringify({ host: hostname(), program: 'SegmentDesk', since: '2026-11-01T00:00:00Z', ...owner }),
      );
    // A lock left by a process that no longer exists is stale.
    writeLock({ pid: 2 ** 22 + 17 });
    expect((await t.service.openAt(file)).datasets).toHaveLength(1);
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8')).pid).toBe(process.pid);
    await t.service.close();
    // A lock from before the machine restarted is stale even if its process id is alive again (here: this test's parent).
    writeLock({ pid: process.ppid, boot: Date.UTC(2026, 10, 1) });
    expect((await t.service.openAt(file)).datasets).toHaveLength(1);
    await t.service.close();
    // The same live process in this boot holds the lock.
    writeLock({ pid: process.ppid, boot: Date.now() - uptime() * 1000 });
    await expect(t.service.openAt(file)).rejects.toMatchObject({
      code: 'E_WORKSPACE_LOCKED',
      details: { pid: process.ppid },
    });
    // One on another host cannot be checked: it holds.
    writeLock({ pid: 1, host: `${hostname()}-elsewhere` });
    await expect(t.service.openAt(file)).rejects.toMatchObject({ code: 'E_WORKSPACE_LOCKED' });
  });
});
