import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths';
import type { ModelSpec } from '../../src/shared/segments';
import type { CsvTable } from './sql-engines';

/**
 * The bench's transactions (../shared/bench/gen_data.mjs, seed 42: by default 10^6 order lines of
 * 100,000 customers, with categories and channels; `args` as gen_data's), written once per test
 * run (under the run's temporary folder) and shared by the test files that read it; the file's path.
 */
export function benchTransactions(...args: string[]): string {
  const dir = join(tmpdir(), `segdesk-bench-${args.join('_') || 'default'}`);
  const file = join(dir, 'transactions.csv');
  if (existsSync(file)) return file;
  // Written beside it and renamed into place: a file running at the same time sees it whole or not at all.
  const part = mkdtempSync(`${dir}-part-`);
  execFileSync(process.execPath, [
    join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
    ...args,
    '--only',
    'transactions',
    '--out',
    part,
  ]);
  try {
    renameSync(part, dir);
  } catch {
    // Another file put it in place first: the same bytes (seeded).
  }
  return file;
}

/** The bench's transactions file as a client's typed table. */
export const benchTable = (file: string, name = 'transactions'): CsvTable => ({
  name,
  file,
  columns: [
    ['customer_id', 'integer'],
    ['order_id', 'integer'],
    ['order_date', 'date'],
    ['amount', 'double'],
    ['quantity', 'integer'],
    ['category', 'text'],
    ['channel', 'text'],
  ],
});

const share = (field: string, min: number) => ({ field, op: 'range' as const, min, max: null });

/** Rules on the bench's shares of spend by category and by channel (three segments and the rest). */
export const BENCH_SHARE_RULES: ModelSpec = {
  model: 'rules',
  frequency: 'orders',
  rules: [
    {
      key: 'jewelry',
      name: { en: 'Jewelry lovers', 'zh-CN': '珠宝爱好者' },
      when: { all: [share('share: Jewelry', 0.5)] },
    },
    {
      key: 'store_home',
      name: { en: 'Home, in store', 'zh-CN': '门店家居' },
      when: { all: [share('share: store', 0.5), share('share: Home', 0.25)] },
    },
    { key: 'app', name: { en: 'App first', 'zh-CN': '应用优先' }, when: { any: [share('share: app', 0.6)] } },
  ],
};
