import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadOnlyReason } from '../../../../src/shared/schemas';
import { WorkspaceService } from '../../../../src/main/workspace/workspace-service';
import { CSV_MEMBERS as members, ordersRfmRun, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { resourcesDir, sharedData, tempDir, workerPath } from '../../../helpers/paths';
import { ScriptedDialogs } from '../../../helpers/service';

/** A service whose disk says the workspaces in `protectedDir` are write-protected, as `why` (CI runs as root: chmod would not stop it). */
function serviceWith(protectedDir: string, why: ReadOnlyReason) {
  const dialogs = new ScriptedDialogs();
  const service = new WorkspaceService({
    stateDir: tempDir('segdesk-state-'),
    resourcesDir,
    workerPath,
    systemLocale: 'en-US',
    appVersion: '0.1.0',
    platform: process.platform,
    dialogs,
    emit: () => {},
    writeBlocker: (file) => (file.startsWith(protectedDir) ? why : null),
  });
  return { service, dialogs };
}

const codeOf = (p: Promise<unknown> | (() => unknown)) =>
  Promise.resolve()
    .then(() => (typeof p === 'function' ? p() : p))
    .then(
      () => 'ok',
      (err: { code: string }) => err.code,
    );

describe('a write-protected workspace opens read-only', () => {
  const services: WorkspaceService[] = [];
  afterAll(async () => {
    for (const s of services) await s.dispose();
  });

  for (const why of [
    { reason: 'file', code: 'EROFS' },
    { reason: 'folder', code: 'EACCES' },
  ] as const) {
    it(`its ${why.reason} protected (${why.code}): view, export and copy work, changes are E_WORKSPACE_READ_ONLY, the file stays byte-identical`, async () => {
      const dir = tempDir('segdesk-protected-');
      const file = join(dir, 'shop.segdesk');
      const maker = serviceWith('/nowhere', why);
      services.push(maker.service);
      const { run } = await ordersRfmRun(maker.service, file);
      await maker.service.close();
      const bytes = readFileSync(file);

      const { service } = serviceWith(dir, why);
      services.push(service);
      const info = await service.openAt(file);
      expect(info.readOnly).toEqual(why);
      expect(info.runs.map((r) => r.id)).toEqual([run.id]);
      expect(readdirSync(dir)).toEqual(['shop.segdesk']); // no lock, no -wal, no -shm
      expect(service.runDetails(run.id).result.customers).toBe(995);
      const out = tempDir('segdesk-out-');
      const written = await service.exportMembersTo(run.id, members, join(out, 'members.csv'));
      expect(written.rows).toBe(995);
      const copy = join(out, 'copy.segdesk');
      expect(await service.copyWorkspaceTo(copy)).toBe(copy);

      const changes = await Promise.all([
        codeOf(() => service.importFile(sharedData('rfm_data_orders.csv'))),
        codeOf(() => service.renameRun(run.id, 'x')),
        codeOf(() => service.deleteRun(run.id)),
        codeOf(() => service.setSegmentNote(run.id, 'champions', 'note')),
        codeOf(() => service.renameDataset(run.datasetId, 'x')),
        codeOf(() => service.deleteDataset(run.datasetId)),
        codeOf(() => service.createRun(run.datasetId, RFM_ELEVEN)),
      ]);
      expect(changes).toEqual(Array(7).fill('E_WORKSPACE_READ_ONLY'));
      await service.close();
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['shop.segdesk']);

      // Save As's copy is an ordinary workspace: it opens for writing.
      const copied = await service.openAt(copy);
      expect(copied.readOnly).toBeNull();
      expect(await codeOf(() => service.renameRun(run.id, 'Mine now'))).toBe('ok');
    });
  }
});
