import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths';
import type { CsvTable } from './sql-engines';

/**
 * Writes the bench's transactions (../shared/bench/gen_data.mjs, seed 42: by default 10^6 order
 * lines of 100,000 customers, with categories and channels) into `dir`; the file's path.
 */
export function benchTransactions(dir: string, ...args: string[]): string {
  execFileSync(process.execPath, [
    join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
    ...args,
    '--only',
    'transactions',
    '--out',
    dir,
  ]);
  return join(dir, 'transactions.csv');
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
