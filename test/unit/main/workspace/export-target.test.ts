import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { digestWorkspace, type WorkspaceDigest } from '../../../helpers/workspace-digest';
import { CSV_MEMBERS as members, ordersRfmRun } from '../../../helpers/orders-rfm-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dispatch: ReturnType<typeof createDispatcher>;
let dir: string;
let workspace: string;
let runId: number;
let before: WorkspaceDigest;

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  dir = tempDir('segdesk-export-target-');
  workspace = join(dir, 'shop.segdesk');
  runId = (await ordersRfmRun(t.service, workspace)).run.id;
  before = digestWorkspace(workspace);
});

afterAll(() => t.service.dispose());

describe('exports never write over the workspace or a non-regular file', () => {
  it('through the save dialog: a link to the workspace, a hard link, a FIFO and a folder are E_BAD_TARGET', async () => {
    const requests = [
      ['csv', 'export:members', { runId, jobId: 'export-00001', options: { format: 'csv' } }],
      ['xlsx', 'export:members', { runId, jobId: 'export-00002', options: { format: 'xlsx' } }],
      ['xlsx', 'export:summary', { runId, options: { format: 'xlsx' } }],
      ['html', 'export:report', { runId, format: 'html', jobId: 'report-00001', options: { lang: 'en', paper: 'a4' } }],
    ] as const;
    const codes: string[] = [];
    for (const [ext, name, input] of requests) {
      const targets = [join(dir, `link-${name}.${ext}`), join(dir, `hard-${name}.${ext}`)];
      symlinkSync(workspace, targets[0]);
      linkSync(workspace, targets[1]);
      targets.push(join(dir, `pipe-${name}.${ext}`), join(dir, `folder-${name}.${ext}`));
      execFileSync('mkfifo', [targets[2]]);
      mkdirSync(targets[3]);
      for (const target of targets) {
        t.dialogs.saveFile.push(target);
        const r = await dispatch(name, input);
        codes.push(r.ok ? 'ok' : r.error.code);
      }
      expect(statSync(targets[2]).isFIFO()).toBe(true);
    }
    expect(codes).toEqual(Array(16).fill('E_BAD_TARGET'));
    expect(t.service.current()!.runs.map((r) => r.id)).toEqual([runId]);
    expect(digestWorkspace(workspace)).toEqual(before);
  });

  it('by path (the CLI’s way in): the workspace and its -wal, -shm, -journal and -lock are E_BAD_TARGET', async () => {
    const codes: string[] = [];
    for (const suffix of ['', '-wal', '-shm', '-journal', '-lock']) {
      const target = workspace + suffix;
      for (const write of [
        () => t.service.exportMembersTo(runId, members, target),
        () => t.service.exportMembersTo(runId, { ...members, format: 'xlsx' }, target),
        () => t.service.exportSummaryTo(runId, members, target),
        () => t.service.exportReportTo(runId, 'html', { lang: 'en', paper: 'a4' }, target),
      ]) {
        codes.push(
          await write().then(
            () => 'ok',
            (err: { code: string }) => err.code,
          ),
        );
      }
    }
    expect(codes).toEqual(Array(20).fill('E_BAD_TARGET'));
    expect(readFileSync(workspace).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    expect(t.service.current()!.runs.map((r) => r.id)).toEqual([runId]);
    expect(digestWorkspace(workspace)).toEqual(before);
  });
});
