import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../../src/shared/contract';
import { openDatabase } from '../../../../src/main/store/open-database';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { JobHost } from '../../../../src/main/worker/job-host';
import { writeBigCsv } from '../../../helpers/big-csv';
import { sharedData, tempDir, workerPath } from '../../../helpers/paths';

type Event = { event: EventName; payload: EventPayload<EventName> };

type Progress = EventPayload<'job:progress'>;

/** A job host whose events land in `events`; `progressed` resolves once a job has reported progress past `above`. */
function host(events: Event[], onEvent?: (e: Event) => void) {
  const waiting = new Set<{ jobId: string; above: number; resolve(): void }>();
  const past = (e: Event, jobId: string, above: number) =>
    e.event === 'job:progress' && (e.payload as Progress).jobId === jobId && (e.payload as Progress).fraction > above;
  const jobs = new JobHost({
    workerPath,
    emit: (event, payload) => {
      const e = { event, payload };
      events.push(e);
      onEvent?.(e);
      for (const w of waiting)
        if (past(e, w.jobId, w.above)) {
          waiting.delete(w);
          w.resolve();
        }
    },
  });
  const progressed = (jobId: string, above: number) =>
    new Promise<void>((resolve) => {
      if (events.some((e) => past(e, jobId, above))) resolve();
      else waiting.add({ jobId, above, resolve });
    });
  return Object.assign(jobs, { progressed });
}

/** Everything stored in a workspace, hashed: equal before and after means unchanged. */
function fingerprint(file: string): string {
  const db = openDatabase(file, { readonly: true });
  const hash = createHash('sha256');
  for (const table of ['meta', 'datasets', 'dataset_chunks', 'runs']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all())
      hash.update(
        JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v)),
      );
  }
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  return hash.digest('hex');
}

let big: string;
beforeAll(() => {
  big = join(tempDir(), 'big.csv');
  writeBigCsv(big, 400_000);
});

let workspace: string;
const input = (filePath: string) => ({
  workspacePath: workspace,
  filePath,
  settings: {},
  now: Date.UTC(2026, 0, 1),
  fallbackCurrency: 'USD',
});
beforeEach(() => {
  workspace = join(tempDir(), 'w.segdesk');
  WorkspaceStore.create(workspace).close();
});

describe('JobHost + worker', () => {
  it('runs an import in the worker with progress, then reports done', async () => {
    const events: Event[] = [];
    const jobs = host(events);
    const dataset = await jobs.run('dataset:import', input(sharedData('rfm_data_orders.csv')), 'job-0001');
    await jobs.dispose();
    expect(dataset).toMatchObject({
      id: 1,
      name: 'rfm_data_orders',
      sourceName: 'rfm_data_orders.csv',
      rowCount: 4906,
    });
    const progress = events
      .filter((e) => e.event === 'job:progress')
      .map((e) => e.payload as EventPayload<'job:progress'>);
    expect(progress[0]).toEqual({
      jobId: 'job-0001',
      kind: 'dataset:import',
      fraction: 0,
      message: { key: 'importReading', params: { file: 'rfm_data_orders.csv' } },
    });
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(events.at(-1)).toEqual({ event: 'job:done', payload: { jobId: 'job-0001', kind: 'dataset:import' } });
    const store = WorkspaceStore.open(workspace);
    expect(store.listDatasets()).toEqual([dataset]);
    store.close();
  });

  it('reports a job error with its code and as a job:failed event', async () => {
    const events: Event[] = [];
    const jobs = host(events);
    await expect(jobs.run('dataset:import', input('/no/such/file.csv'), 'job-0002')).rejects.toMatchObject({
      code: 'E_FILE_NOT_FOUND',
    });
    await jobs.dispose();
    expect(events.at(-1)).toMatchObject({
      event: 'job:failed',
      payload: { jobId: 'job-0002', error: { code: 'E_FILE_NOT_FOUND' } },
    });
  });

  it('cancels a running import and leaves the workspace exactly as it was', async () => {
    const events: Event[] = [];
    const jobs = host(events);
    await jobs.run('dataset:import', input(sharedData('rfm_data_orders.csv')));
    const before = fingerprint(workspace);

    const started = jobs.run('dataset:import', input(big), 'job-cancel');
    await jobs.progressed('job-cancel', 0.05);
    expect(jobs.cancel('job-cancel')).toBe(true);
    await expect(started).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(jobs.cancel('job-cancel')).toBe(false);
    await jobs.dispose();
    expect(fingerprint(workspace)).toBe(before);
    expect(events.at(-1)).toMatchObject({
      event: 'job:failed',
      payload: { jobId: 'job-cancel', error: { code: 'E_CANCELLED' } },
    });
  });

  it('keeps the main thread responsive while the worker imports 400,000 rows: its timers run between progress events', async () => {
    // Timer callbacks the main thread ran, counted (not timed): speed is measured in `npm run bench`.
    let ticks = 0;
    const ticksAtProgress: number[] = [];
    const jobs = host([], (e) => {
      if (e.event === 'job:progress') ticksAtProgress.push(ticks);
    });
    const timer = setInterval(() => ticks++, 1);
    const dataset = await jobs.run('dataset:import', input(big)).finally(() => clearInterval(timer));
    await jobs.dispose();
    expect(dataset.rowCount).toBe(400_000);
    expect(ticksAtProgress.length).toBeGreaterThanOrEqual(3);
    // While the import was under way (between its first and its last progress event) timers ran.
    expect(ticksAtProgress.at(-1)).toBeGreaterThan(ticksAtProgress[0]);
  });

  it('fails running jobs with E_WORKER_CRASHED when the worker dies, and starts a new worker next time', async () => {
    const events: Event[] = [];
    const jobs = host(events);
    const running = jobs.run('dataset:import', input(big), 'job-crash');
    await jobs.progressed('job-crash', 0);
    await (jobs as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(running).rejects.toMatchObject({ code: 'E_WORKER_CRASHED' });
    const after = await jobs.run('dataset:import', input(sharedData('Mall_Customers.csv')));
    expect(after.rowCount).toBe(200);
    await jobs.dispose();
  });
});
