import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { DEMO_WORKSPACE_FILE } from '../../../../src/main/workspace/workspace-service';
import { sha256, sideFiles } from '../../../helpers/files';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

describe('WorkspaceService through the dispatcher', () => {
  it('creates a workspace, imports, previews as Arrow, renames, deletes and reopens from the recent list', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    const dir = tempDir();
    t.dialogs.newWorkspace.push(join(dir, 'Client A'));
    const created = await dispatch('workspace:new', {});
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'Client A', path: join(dir, 'Client A.segdesk'), datasets: [], runs: [] },
    });

    t.dialogs.dataFile.push(sharedData('rfm_data_orders.csv'));
    const chosen = await dispatch('import:choose', {});
    expect(chosen).toMatchObject({ ok: true, value: { fileName: 'rfm_data_orders.csv' } });
    const token = (chosen as { value: { token: string } }).value.token;
    const inspected = await dispatch('import:inspect', { token, jobId: 'inspect-0001', settings: {} });
    expect(inspected).toMatchObject({
      ok: true,
      value: {
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        rowsRead: 1000,
        truncated: true,
        kind: 'transactions',
        roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
      },
    });
    expect(tableFromIPC((inspected as { value: { preview: Uint8Array } }).value.preview).numRows).toBe(100);
    expect(
      await dispatch('import:run', { token, jobId: 'import-0001', settings: { path: '/etc/passwd' } }),
    ).toMatchObject({ ok: false, error: { code: 'E_INVALID_INPUT' } });
    const imported = await dispatch('import:run', { token, jobId: 'import-0001', settings: { name: 'Orders' } });
    expect(imported).toMatchObject({
      ok: true,
      value: { id: 1, rowCount: 4906, name: 'Orders', kind: 'transactions', currency: 'USD' },
    });
    expect(await dispatch('import:forget', { token })).toEqual({ ok: true, value: { ok: true } });
    expect(await dispatch('import:inspect', { token, jobId: 'inspect-0002', settings: {} })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });

    const page = await dispatch('dataset:page', {
      datasetId: 1,
      query: { offset: 0, limit: 3, sortColumn: 'revenue', sortDesc: true },
    });
    if (!page.ok) throw new Error(page.error.message);
    const { total, arrow } = page.value as { total: number; arrow: Uint8Array };
    expect(total).toBe(4906);
    const table = tableFromIPC(arrow);
    expect(table.numRows).toBe(3);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      'customer_id',
      'order_date',
      'revenue',
      'first_name',
      'last_name',
      'email',
      '__flags',
    ]);
    const revenues = [...table.getChild('revenue')!] as number[];
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    // Kizzy Doyle, the top customer, has 13 orders (README of the data set).
    const kizzy = await dispatch('dataset:page', {
      datasetId: 1,
      query: { offset: 0, limit: 50, search: 'kizzy doyle' },
    });
    expect(kizzy).toMatchObject({ ok: true, value: { total: 13 } });
    const stats = await dispatch('dataset:stats', { datasetId: 1 });
    if (!stats.ok) throw new Error(stats.error.message);
    const [customer, date, revenue] = (
      stats.value as {
        columns: {
          name: string;
          distinct: number | null;
          min: number | null;
          max: number | null;
          histogram: { count: number }[];
          top: { value: string; count: number }[];
        }[];
      }
    ).columns;
    expect(customer.distinct).toBe(995);
    expect(customer.top[0].count).toBe(14); // orders per customer run from 1 to 14 (data README)
    expect([new Date(date.min!).toISOString().slice(0, 10), new Date(date.max!).toISOString().slice(0, 10)]).toEqual([
      '2001-10-29',
      '2006-12-30',
    ]);
    expect(revenue.histogram.reduce((n, b) => n + b.count, 0)).toBe(4906);

    expect(await dispatch('dataset:rename', { datasetId: 1, name: '  Orders 2006 ' })).toMatchObject({
      ok: true,
      value: { name: 'Orders 2006' },
    });
    expect(await dispatch('dataset:setCurrency', { datasetId: 1, currency: 'EUR' })).toMatchObject({
      ok: true,
      value: { currency: 'EUR' },
    });
    expect(t.service.current()!.datasets[0].currency).toBe('EUR');
    expect(await dispatch('dataset:setCurrency', { datasetId: 1, currency: 'XYZ' })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_INPUT' },
    });
    expect(await dispatch('dataset:setCurrency', { datasetId: 99, currency: 'EUR' })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });
    // A dropped file is chosen like one from the dialog; a path that is not a readable file is refused.
    expect(await dispatch('import:drop', { path: sharedData('Mall_Customers.csv') })).toMatchObject({
      ok: true,
      value: { fileName: 'Mall_Customers.csv' },
    });
    expect(await dispatch('import:drop', { path: join(dir, 'nowhere.csv') })).toMatchObject({
      ok: false,
      error: { code: 'E_FILE_NOT_FOUND' },
    });
    expect(await dispatch('import:drop', { path: dir })).toMatchObject({ ok: false, error: { code: 'E_READ_FAILED' } });
    expect(await dispatch('dataset:delete', { datasetId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_INPUT' },
    });
    expect(await dispatch('dataset:delete', { datasetId: 1, confirm: true })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await dispatch('dataset:delete', { datasetId: 1, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });

    expect(await dispatch('workspace:close', {})).toEqual({ ok: true, value: { ok: true } });
    expect(await dispatch('workspace:current', {})).toEqual({ ok: true, value: null });
    expect(sideFiles(join(dir, 'Client A.segdesk'))).toEqual([]);

    const recent = await dispatch('workspace:recent', {});
    expect(recent).toMatchObject({
      ok: true,
      value: [{ name: 'Client A', path: join(dir, 'Client A.segdesk'), exists: true }],
    });
    expect(await dispatch('workspace:openRecent', { path: join(dir, 'Client A.segdesk') })).toMatchObject({
      ok: true,
      value: { name: 'Client A' },
    });
    expect(await dispatch('workspace:openRecent', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_IN_RECENT' },
    });
    expect(t.events.filter((e) => e.event === 'workspace:changed').map((e) => e.payload)).toEqual([
      { path: join(dir, 'Client A.segdesk') },
      { path: null },
      { path: join(dir, 'Client A.segdesk') },
    ]);
  });

  it('answers null when the user cancels a dialog, and E_NO_WORKSPACE without a workspace', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    expect(await dispatch('workspace:new', {})).toEqual({ ok: true, value: null });
    expect(await dispatch('workspace:open', {})).toEqual({ ok: true, value: null });
    expect(await dispatch('import:choose', {})).toMatchObject({ ok: false, error: { code: 'E_NO_WORKSPACE' } });
  });

  it('keeps the open workspace when a refused file is opened, and leaves that file untouched', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    const dir = tempDir();
    t.dialogs.newWorkspace.push(join(dir, 'keep.segdesk'));
    await dispatch('workspace:new', {});
    const bogus = join(dir, 'bogus.segdesk');
    writeFileSync(bogus, 'name,amount\nA,1\n');
    const before = sha256(bogus);
    t.dialogs.workspace.push(bogus);
    expect(await dispatch('workspace:open', {})).toMatchObject({ ok: false, error: { code: 'E_NOT_A_WORKSPACE' } });
    expect(sha256(bogus)).toBe(before);
    expect(sideFiles(bogus)).toEqual([]);
    expect(await dispatch('workspace:current', {})).toMatchObject({ ok: true, value: { name: 'keep' } });
  });

  it('builds the demo workspace from the shipped sample once, then reopens it', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    const first = await dispatch('workspace:openDemo', { jobId: 'demo-0001' });
    expect(first).toMatchObject({
      ok: true,
      value: { name: 'SegmentDesk Demo', path: join(t.stateDir, DEMO_WORKSPACE_FILE) },
    });
    const datasets = (first as { value: { datasets: { name: string; rowCount: number; columns: unknown[] }[] } }).value
      .datasets;
    expect(datasets.map((d) => [d.name, d.rowCount, d.columns.length])).toEqual([['Demo orders', 2308, 7]]);
    // With a finished RFM run: its 400 customers as of the day after the last order (2025-12-31).
    const runs = (first as { value: { runs: { model: string; customerCount: number; analysisDate: string }[] } }).value
      .runs;
    expect(runs.map((r) => [r.model, r.customerCount, r.analysisDate])).toEqual([['rfm', 400, '2026-01-01']]);
    await dispatch('workspace:close', {});
    const again = await dispatch('workspace:openDemo', { jobId: 'demo-0002' });
    expect(again).toMatchObject({
      ok: true,
      value: { datasets: [{ id: 1, rowCount: 2308 }], runs: [{ id: 1, model: 'rfm', customerCount: 400 }] },
    });
    expect((again as { value: { runs: unknown[] } }).value.runs).toHaveLength(1);
  });

  it('persists the chosen language', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    expect(await dispatch('settings:get', {})).toEqual({ ok: true, value: { language: null } });
    await dispatch('settings:set', { language: 'zh-CN' });
    await t.service.dispose();
    const stateDir = t.stateDir;
    t = createTestService({ stateDir });
    expect(t.service.getSettings()).toEqual({ language: 'zh-CN' });
  });
});
