import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFromCommandLine, openHandedOver, workspaceArgument } from '../../../src/main/open-request';
import { lockPath } from '../../../src/main/store/workspace-lock';
import { tempDir } from '../../helpers/paths';
import { createTestService, type TestService } from '../../helpers/service';

/** The path Electron's events take (startup argv, `second-instance`, macOS `open-file`), through the real service. */
let t: TestService | null = null;
afterEach(async () => {
  await t?.service.dispose();
  t = null;
});

describe('opening a workspace the system hands over', () => {
  it('finds the .segdesk argument among flags and the app path, relative to the launching folder', () => {
    const exe = '/opt/SegmentDesk/segmentdesk';
    expect(workspaceArgument([exe], '/home/a')).toBeNull();
    expect(workspaceArgument([exe, '--no-sandbox', 'Shop.segdesk'], '/home/a')).toBe(join('/home/a', 'Shop.segdesk'));
    expect(workspaceArgument([exe, '/data/Q3 Review.SEGDESK', 'other.segdesk'], '/home/a')).toBe(
      '/data/Q3 Review.SEGDESK',
    );
    // `electron .` in development: the app path is not a workspace; neither is a CSV.
    expect(workspaceArgument(['/usr/bin/electron', '.', 'orders.csv', '--inspect=9229'], '/src')).toBeNull();
    // argv[0] is the executable, even when it is oddly named.
    expect(workspaceArgument(['/tmp/x.segdesk'], '/')).toBeNull();
  });

  it('a second launch’s command line opens its workspace in the running app (workspace:changed tells the page)', async () => {
    t = createTestService();
    const dir = tempDir();
    const file = join(dir, 'Spring.segdesk');
    await t.service.createAt(file);
    await t.service.close();
    const emitted: { event: string; payload: unknown }[] = [];
    const emit = ((event: string, payload: unknown) => emitted.push({ event, payload })) as never;
    expect(
      await openFromCommandLine(t.service, ['/opt/SegmentDesk/segmentdesk', '--flag', 'Spring.segdesk'], dir, emit),
    ).toBe(true);
    expect(t.service.current()?.path).toBe(file);
    expect(t.events.at(-1)).toEqual({ event: 'workspace:changed', payload: { path: file } });
    expect(emitted).toEqual([]);
    expect(await openFromCommandLine(t.service, ['/opt/SegmentDesk/segmentdesk'], dir, emit)).toBe(false);
    expect(t.service.current()?.path).toBe(file);
  });

  it('a file that cannot be opened is explained in the window (app:error) and the open workspace stays', async () => {
    t = createTestService();
    const dir = tempDir();
    const open = join(dir, 'Open.segdesk');
    await t.service.createAt(open);
    const locked = join(dir, 'Locked.segdesk');
    await t.service.createAt(locked);
    await t.service.openAt(open);
    writeFileSync(
      lockPath(locked),
      JSON.stringify({
        pid: 1,
        host: `${hostname()}.elsewhere`,
        program: 'SegmentDesk',
        since: '2026-11-25T00:00:00Z',
      }),
    );
    const notWorkspace = join(dir, 'notes.segdesk');
    writeFileSync(notWorkspace, 'just text');
    const emitted: { event: string; payload: unknown }[] = [];
    const emit = ((event: string, payload: unknown) => emitted.push({ event, payload })) as never;
    expect(await openHandedOver(t.service, locked, emit)).toBe(false);
    expect(await openFromCommandLine(t.service, ['SegmentDesk.exe', notWorkspace], dir, emit)).toBe(true);
    expect(await openHandedOver(t.service, join(dir, 'gone.segdesk'), emit)).toBe(false);
    expect(emitted.map((e) => [e.event, (e.payload as { error: { code: string } }).error.code])).toEqual([
      ['app:error', 'E_WORKSPACE_LOCKED'],
      ['app:error', 'E_NOT_A_WORKSPACE'],
      ['app:error', 'E_FILE_NOT_FOUND'],
    ]);
    expect(t.service.current()?.path).toBe(open);
  });
});
