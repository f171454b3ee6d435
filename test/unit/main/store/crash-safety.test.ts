import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fromChunks } from '../../../../src/main/store/dataset-ipc';
import { lockPath } from '../../../../src/main/store/workspace-lock';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { repoRoot, resourcesDir, tempDir } from '../../../helpers/paths';
import { digestWorkspace, type WorkspaceDigest } from '../../../helpers/workspace-digest';

/**
 * SIGKILL in the middle of an import and of a model run, through the real CLI in its own process:
 * some kills while the file is read and the model computed, some as soon as the write
 * transaction's pages reach the WAL. After each, the workspace is reopened as the app opens it.
 */
const bin = join(repoRoot, 'bin', 'segmentdesk.cjs');

function cliJson<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, [bin, ...args, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as T;
}

/** Orders of many customers (so a run writes many members): 1,200,000 rows, 240,000 customers. */
function writeOrders(file: string, rows: number): void {
  writeFileSync(file, 'order_id,customer_id,order_date,amount\n');
  let x = 987654321;
  for (let start = 0; start < rows; start += 100_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 100_000); i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      lines.push(
        `O${i},C${i % 240_000},2025-${String(1 + (x % 12)).padStart(2, '0')}-${String(1 + (x % 28)).padStart(2, '0')},${(x % 50000) / 100}\n`,
      );
    }
    appendFileSync(file, lines.join(''));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
/** The WAL's 32-byte header and one frame (24 bytes and a 64 KiB page): a page of the transaction is on disk. */
const ONE_FRAME = 32 + 24 + 65536;

interface Kill {
  what: 'import' | 'run';
  when: string;
  /** The process was still running when the signal came (not finished first). */
  killed: boolean;
  /** The WAL's size when the signal was sent (≥ ONE_FRAME: the write transaction had pages in it). */
  walAtKill: number;
  /** The job's result was in the workspace after recovery (it committed before the signal landed). */
  committed: boolean;
}

/** Starts the CLI, waits for `when`, kills it with SIGKILL; says whether it was still running and what the WAL held then. */
async function killDuring(
  args: string[],
  file: string,
  when: { afterLockMs: number } | 'writing',
): Promise<{ killed: boolean; wal: number }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
  let done = false;
  void exited.then(() => (done = true));
  while (!existsSync(lockPath(file)) && !done) await sleep(2);
  if (when === 'writing') {
    while (walBytes(file) < ONE_FRAME && !done) await new Promise((r) => setImmediate(r));
  } else {
    await sleep(when.afterLockMs);
  }
  const wal = walBytes(file);
  child.kill('SIGKILL');
  const signal = await exited;
  expect(stderr).toBe('');
  return { killed: signal === 'SIGKILL', wal };
}

/** Reopens as the app does (a stale lock is taken over, the WAL recovered), then digests. */
function reopen(file: string): WorkspaceDigest {
  const store = WorkspaceStore.open(file);
  store.close();
  return digestWorkspace(file);
}

function expectKept(after: WorkspaceDigest, before: WorkspaceDigest): void {
  expect(after.integrity).toBe('ok');
  expect(after.orphanPieces).toBe(0);
  for (const [id, digest] of Object.entries(before.datasets)) expect(after.datasets[Number(id)]).toBe(digest);
  for (const [id, digest] of Object.entries(before.runs)) expect(after.runs[Number(id)]).toBe(digest);
}

/** A dataset that is there is whole: its stored stream decodes to the row count it claims. */
function expectWholeDatasets(file: string): void {
  const db = new Database(file, { readonly: true });
  for (const { id, row_count } of db.prepare('SELECT id, row_count FROM datasets').all() as {
    id: number;
    row_count: number;
  }[]) {
    const chunks = db
      .prepare('SELECT bytes FROM dataset_chunks WHERE dataset_id = ? ORDER BY seq')
      .pluck()
      .all(id) as Uint8Array[];
    expect(fromChunks(chunks).numRows).toBe(row_count);
  }
  db.close();
}

describe('crash safety', () => {
  it('survives SIGKILL in the middle of imports and model runs: integrity ok, earlier work identical, nothing half-written', {
    timeout: 240_000,
  }, async ({ annotate }) => {
    const dir = tempDir();
    const file = join(dir, 'crash.segdesk');
    const big = join(dir, 'orders.csv');
    writeOrders(big, 1_200_000);
    cliJson('workspace', 'create', file);
    const demo = cliJson<{ datasetId: number }>(
      'import',
      join(resourcesDir, 'demo', 'orders.csv'),
      '--workspace',
      file,
    );
    cliJson('run', '--workspace', file, '--dataset', String(demo.datasetId), '--model', 'rfm');
    const timed = <T>(job: () => T): [T, number] => {
      const start = performance.now();
      return [job(), performance.now() - start];
    };
    const [orders, importMs] = timed(() =>
      cliJson<{ datasetId: number; rowsKept: number }>('import', big, '--workspace', file, '--name', 'big'),
    );
    expect(orders.rowsKept).toBe(1_200_000);
    const [, runMs] = timed(() =>
      cliJson('run', '--workspace', file, '--dataset', String(orders.datasetId), '--model', 'rfm', '--name', 'big rfm'),
    );

    let before = digestWorkspace(file);
    expect(Object.keys(before.datasets)).toHaveLength(2);
    expect(Object.keys(before.runs)).toHaveLength(2);
    const kills: Kill[] = [];
    const plans: { what: Kill['what']; args: string[]; when: { afterLockMs: number } | 'writing' }[] = [];
    const importArgs = ['import', big, '--workspace', file];
    const runArgs = ['run', '--workspace', file, '--dataset', String(orders.datasetId), '--model', 'rfm'];
    // Kills at fractions of how long the job took uncut (from the lock appearing: the process has started).
    const fractions = [0.02, 0.2, 0.4, 0.6];
    for (const f of fractions) plans.push({ what: 'import', args: importArgs, when: { afterLockMs: f * importMs } });
    for (let i = 0; i < 4; i++) plans.push({ what: 'import', args: importArgs, when: 'writing' });
    for (const f of fractions) plans.push({ what: 'run', args: runArgs, when: { afterLockMs: f * runMs } });
    for (let i = 0; i < 4; i++) plans.push({ what: 'run', args: runArgs, when: 'writing' });

    for (const plan of plans) {
      const { killed, wal: walAtKill } = await killDuring(plan.args, file, plan.when);
      expect(existsSync(lockPath(file))).toBe(killed); // a killed process's lock is left behind
      const after = reopen(file);
      expectKept(after, before);
      const added =
        Object.keys(after.datasets).length +
        Object.keys(after.runs).length -
        Object.keys(before.datasets).length -
        Object.keys(before.runs).length;
      // Cut off: the job's dataset or run is there whole or not at all; not cut off: it is there.
      expect(killed ? [0, 1] : [1]).toContain(added);
      kills.push({
        what: plan.what,
        when: typeof plan.when === 'string' ? plan.when : `${Math.round(plan.when.afterLockMs)} ms`,
        killed,
        walAtKill,
        committed: added === 1,
      });
      expectWholeDatasets(file);
      before = after;
    }

    // The kills that count: the job was under way and its write was cut off.
    const survived = kills.filter((k) => k.killed);
    const cut = survived.filter((k) => !k.committed);
    const cutMidWrite = cut.filter((k) => k.walAtKill >= ONE_FRAME);
    await annotate(
      `crash safety: ${survived.length} of ${kills.length} SIGKILLs landed and were survived; ${cut.length} cut the job off, ${cutMidWrite.length} of them with the write transaction's pages already in the WAL (import ${Math.round(importMs)} ms, run ${Math.round(runMs)} ms uncut)\n${kills
        .map(
          (k) =>
            `${k.what} @${k.when}: ${k.killed ? 'killed' : 'finished first'}, WAL ${k.walAtKill} B, ${k.committed ? 'committed' : 'absent'}`,
        )
        .join('; ')}`,
    );
    expect(cut.length).toBeGreaterThanOrEqual(12);
    expect(cutMidWrite.filter((k) => k.what === 'import').length).toBeGreaterThanOrEqual(1);
    expect(cutMidWrite.filter((k) => k.what === 'run').length).toBeGreaterThanOrEqual(1);

    // The workspace still works: the same import and run complete after all the kills.
    const again = cliJson<{ rowsKept: number }>('import', big, '--workspace', file);
    expect(again.rowsKept).toBe(1_200_000);
    expect(reopen(file).integrity).toBe('ok');
  });
});
