import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliWith } from '../../../helpers/cli';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

/** What another process reads of a workspace file: SQLite's check, its journal, its datasets. */
function readElsewhere(file: string) {
  const script = `
    const Database = require(${JSON.stringify(join(repoRoot, 'node_modules', 'better-sqlite3'))});
    const db = new Database(process.argv[1], { readonly: true, fileMustExist: true });
    const out = {
      check: db.pragma('integrity_check', { simple: true }),
      journal: db.pragma('journal_mode', { simple: true }),
      datasets: db.prepare('SELECT name, row_count AS rows FROM datasets ORDER BY id').all(),
      chunks: db.prepare('SELECT count(*) AS n FROM dataset_chunks').get().n,
    };
    db.close();
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as {
    check: string;
    journal: string;
    datasets: { name: string; rows: number }[];
    chunks: number;
  };
}

describe('a command leaves its workspace complete on disk when it exits', () => {
  it('imports rfm_data_orders (4,906 rows) and another process reads every row right after, with no journal beside the file', () => {
    const workspace = join(tempDir(), 'durable.segdesk');
    expect(cli('workspace', 'create', workspace).code).toBe(0);
    const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').length - 1;
    const r = cliWith(
      { SEGMENTDESK_PHASES: '1' },
      'import',
      sharedData('rfm_data_orders.csv'),
      '--workspace',
      workspace,
    );
    expect(r.code).toBe(0);
    // The file alone is the workspace: no write-ahead log or rollback journal is left to replay.
    for (const side of ['-wal', '-shm', '-journal', '-lock']) expect(existsSync(workspace + side)).toBe(false);
    const seen = readElsewhere(workspace);
    expect(seen.check).toBe('ok');
    expect(seen.journal).toBe('delete');
    expect(seen.datasets).toEqual([{ name: 'rfm_data_orders', rows: lines }]);
    expect(lines).toBe(4906);
    expect(seen.chunks).toBeGreaterThan(0);
    // The phases npm run bench lays out: in order, the import written before the process ends.
    const at = new Map([...r.stderr.matchAll(/^phase (\S+) ([\d.]+)$/gm)].map((m) => [m[1], Number(m[2])] as const));
    const order = [
      'cli:loaded',
      'worker:start',
      'worker:loaded',
      'import:start',
      'import:read',
      'import:written',
      'disposed',
      'exit',
    ];
    expect(order.filter((name) => at.has(name))).toEqual(order);
    for (let i = 1; i < order.length; i++) expect(at.get(order[i])!).toBeGreaterThanOrEqual(at.get(order[i - 1])!);
  });

  it('a command that only parses its arguments starts no worker', () => {
    const r = cliWith({ SEGMENTDESK_PHASES: '1' }, '--version');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^phase cli:loaded /m);
    expect(r.stderr).not.toMatch(/worker:start/);
  });
});
