import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { requests } from '../../../src/shared/contract';
import { ERROR_CODES } from '../../../src/shared/errors';
import { RFM_ELEVEN } from '../../helpers/orders-rfm-run';
import { createTestService } from '../../helpers/service';
import { sharedData, tempDir } from '../../helpers/paths';

// The handlers registerIpc gives Electron, caught here instead of by ipcMain.
const registered = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => registered.set(name, fn) },
}));

const { registerIpc } = await import('../../../src/main/ipc');
const { createDispatcher } = await import('../../../src/main/workspace/create-dispatcher');
const { createHandlers } = await import('../../../src/main/workspace/create-handlers');

/** Payloads no request accepts: wrong types, prototype pollution, huge strings, path traversal, deep nesting. */
function hostilePayloads(): unknown[] {
  const deep: Record<string, unknown> = {};
  let at = deep;
  for (let i = 0; i < 2000; i++) at = at.next = {};
  const huge = 'A'.repeat(5_000_000);
  return [
    null,
    42,
    'workspace.segdesk',
    [],
    [1, 2, 3],
    true,
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    { evil: true },
    { path: '../../../../etc/passwd', token: '../../etc/shadow', runId: '1; DROP TABLE runs', datasetId: -1, evil: 1 },
    { runId: Number.NaN, datasetId: Infinity, jobId: huge },
    { name: huge, path: huge, file: huge, token: huge, query: huge, spec: huge, unexpected: 1 },
    { spec: { model: 'rfm', bins: 99 }, datasetId: 1.5, extra: 'x' },
    deep,
    { toString: 'not a function', valueOf: 1, x: 1 },
    new Uint8Array(16),
  ];
}

describe('hostile IPC: every request through the registration the main process uses', () => {
  const t = createTestService();
  const dispatch = createDispatcher(createHandlers(t.service));
  registerIpc(dispatch, { rendererIndex: '/app/index.html' });
  const fromApp = { senderFrame: { url: 'file:///app/index.html' } };
  afterAll(() => t.service.dispose());

  it('registers one handler per contract entry', () => {
    expect([...registered.keys()].sort()).toEqual(requests.map((r) => r.name).sort());
  });

  it('answers every malicious payload to every request with an error code, and stays up, unpolluted', async () => {
    // A workspace with data and a run, so handlers that get past parsing have something to touch.
    t.dialogs.newWorkspace.push(join(tempDir(), 'hostile.segdesk'));
    await t.service.newWorkspace();
    const dataset = await t.service.importFile(sharedData('rfm_data_orders.csv'));
    await t.service.createRun(dataset.id, RFM_ELEVEN);
    let tried = 0;
    const codes = new Map<string, number>();
    for (const { name } of requests) {
      const handler = registered.get(name)!;
      for (const payload of hostilePayloads()) {
        const answer = (await handler(fromApp, payload)) as { ok: boolean; error?: { code: string } };
        tried++;
        // No payload is a valid input: each is refused with a known code (almost always E_INVALID_INPUT), never thrown.
        expect(answer.ok, `${name} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
        expect(ERROR_CODES).toContain(answer.error!.code);
        codes.set(answer.error!.code, (codes.get(answer.error!.code) ?? 0) + 1);
      }
    }
    expect(tried).toBe(requests.length * hostilePayloads().length);
    expect(codes.get('E_INVALID_INPUT')).toBe(tried);
    // Unknown channels and foreign senders.
    expect(await dispatch('workspace:rm -rf', {})).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } });
    expect(await dispatch({ toString: () => 'app:info' }, {})).toMatchObject({
      ok: false,
      error: { code: 'E_UNKNOWN_CHANNEL' },
    });
    expect(await registered.get('app:info')!({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'E_UNKNOWN_CHANNEL' },
    });
    // Nothing was polluted, and the service still answers and still holds the workspace.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await registered.get('app:info')!(fromApp, {})).toMatchObject({ ok: true });
    expect(await registered.get('workspace:current')!(fromApp, {})).toMatchObject({
      ok: true,
      value: { name: 'hostile' },
    });
    expect(t.service.current()!.runs).toHaveLength(1);
  });
});
