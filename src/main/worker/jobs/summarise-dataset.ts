import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { PREVIEW_ROWS } from '../../../shared/import-settings';
import type { QualityIssue } from '../../../shared/quality';
import type { DatasetInfo, SourceInfo } from '../../../shared/schemas';
import { defaultPolicies } from '../../engine/quality/default-policies';
import {
  customersSql,
  issueTotalsSql,
  ORDERS_SQL,
  pairsSql,
  SUMMARY_ISSUES,
  type SummarySource,
} from '../../engine/sql/summary-sql';
import { summaryTable } from './summary-table';
import { fileDigest } from '../../engine/io/file-digest';
import { freeDatasetName } from '../../store/free-dataset-name';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import { keepDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { datasetNameOf, type ImportDatasetInput } from './import-dataset';
import { inspectFile } from './inspect-file';

/** DuckDB's memory for the summary: it spills to disk past it (below 512 MB a distinct count can run out). */
const MEMORY_LIMIT = '1GB';

/** Runs a statement while reporting DuckDB's progress through the file; cancel interrupts it (the thread must not be stopped mid-query). */
async function runWatched(
  con: DuckDBConnection,
  sql: string,
  ctx: JobContext,
  [from, to]: [number, number],
  [pass, passes]: [number, number],
) {
  let interrupted = false;
  const timer = setInterval(() => {
    if (ctx.isCancelled()) {
      interrupted = true;
      con.interrupt();
      return;
    }
    const { percentage } = con.progress;
    if (percentage >= 0)
      ctx.progress(from + ((to - from) * Math.min(percentage, 100)) / 100, {
        key: 'importSummarising',
        params: { percent: Math.round(percentage), pass, passes },
      });
  }, 200);
  try {
    await con.run(sql);
  } catch (error) {
    if (interrupted || ctx.isCancelled()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
    throw readError(error);
  } finally {
    clearInterval(timer);
  }
}

/** DuckDB's own errors as the import's: a file it cannot read as CSV is E_BAD_CSV, with DuckDB's words. */
function readError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/Out of Memory/i.test(message))
    return new AppError('E_FILE_TOO_LARGE', 'Summarising ran out of memory and of room to spill on disk.', { message });
  if (/CSV|Parquet|parquet|Invalid Input/i.test(message))
    return new AppError(/Parquet|parquet/.test(message) ? 'E_BAD_PARQUET' : 'E_BAD_CSV', message.split('\n')[0], {
      message,
    });
  return new AppError('E_READ_FAILED', message.split('\n')[0], { message });
}

/**
 * Imports a file too large to hold row by row as one row per customer: DuckDB (embedded, in this
 * thread, on a temporary database beside the workspace that spills to disk) reads it with the
 * wizard's column roles, counts and drops rows by the quality policies, and sums each customer's
 * orders, order lines, spend and first and last order. The workspace keeps that customers table
 * (RFM, rules, clustering and exports work on it as on any), in one transaction.
 */
export async function summariseDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const { settings } = input;
  const { inspected, source } = await summarySource(input, ctx);
  const summary = await sumInDuckdb(input, source, ctx);
  ctx.throwIfCancelled();
  const issues: QualityIssue[] = SUMMARY_ISSUES.filter((code) => summary.totals[`n_${code}`] > 0).map((code) => ({
    code,
    count: summary.totals[`n_${code}`],
    policy: source.policies[code],
    column: issueColumn(code, source),
    examples: [],
  }));
  const file = await fileDigest(input.filePath, false);
  const sourceInfo: SourceInfo = {
    format: inspected.format,
    compression: inspected.compression,
    encoding: inspected.encoding,
    delimiter: inspected.delimiter,
    header: inspected.header,
    skipRows: inspected.skipRows,
    sheet: null,
    kindDecision: inspected.why,
    currencyDecision: inspected.currencyWhy,
    bytes: file.bytes,
    summarised: { roles: source.roles, transactions: summary.totals.rows_read },
  };
  ctx.progress(0.9, { key: 'importWriting', params: { rows: summary.table.table.numRows } });
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const info = await insertDataset(db, {
      name: freeDatasetName(db, settings.name ?? datasetNameOf(basename(input.filePath))),
      sourceName: basename(input.filePath),
      source: sourceInfo,
      columns: summary.table.columns,
      table: summary.table.table,
      kind: 'customers',
      roles: summary.table.roles,
      quality: { rowsRead: summary.totals.rows_read, rowsKept: summary.totals.rows_kept, issues },
      currency: settings.currency ?? inspected.currency,
    });
    keepDataset(input.workspacePath, info, summary.table.table);
    return info;
  } finally {
    db.close();
  }
}

/** The file as the wizard reads it (its first rows: delimiter, encoding, types, roles) and the policies: what DuckDB reads it with. */
async function summarySource(input: ImportDatasetInput, ctx: JobContext) {
  const inspected = await inspectFile(
    { ...input, settings: { ...input.settings, summarise: undefined }, maxRows: PREVIEW_ROWS, previewRows: 0 },
    ctx,
  );
  if ((inspected.format !== 'csv' && inspected.format !== 'parquet') || inspected.compression === 'zip')
    throw new AppError('E_SUMMARY_NOT_SUPPORTED', 'Summarising reads CSV (or .csv.gz) and Parquet files.', {
      format: inspected.format,
    });
  if (inspected.kind !== 'transactions')
    throw new AppError(
      'E_SUMMARY_NOT_SUPPORTED',
      'Summarising per customer reads order lines; this file has one row per customer.',
    );
  const source: SummarySource = {
    format: inspected.format,
    path: input.filePath,
    delimiter: inspected.delimiter ?? ',',
    header: inspected.header,
    skipRows: inspected.skipRows,
    encoding: inspected.encoding,
    columns: inspected.columns,
    roles: inspected.roles,
    policies: { ...defaultPolicies('transactions'), ...input.settings.policies },
    cancellationPrefix: 'C',
    now: input.now,
  };
  return { inspected, source };
}

/**
 * The passes over the file in DuckDB: the rows and their problems counted as they stream by; each
 * customer's distinct orders (with order ids); the per-customer sums of the rows kept. The
 * temporary database is removed whatever happens.
 */
async function sumInDuckdb(input: ImportDatasetInput, source: SummarySource, ctx: JobContext) {
  // Built before DuckDB starts: a file it cannot read (encoding, roles, dates) is refused at once.
  const [totalsSql, summarySql] = [issueTotalsSql(source), customersSql(source)];
  const passes = source.roles.orderId ? 3 : 2;
  ctx.progress(0.05, { key: 'importSummarising', params: { percent: 0, pass: 1, passes } });
  const dir = mkdtempSync(join(dirname(input.workspacePath), '.segdesk-summary-'));
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(join(dir, 'summary.duckdb'), {
    memory_limit: MEMORY_LIMIT,
    threads: String(availableParallelism()),
    temp_directory: join(dir, 'spill'),
    preserve_insertion_order: 'false',
    autoinstall_known_extensions: 'false',
  });
  try {
    const con = await instance.connect();
    try {
      await con.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
      const step = 0.75 / passes;
      await runWatched(con, `CREATE TEMP TABLE totals AS ${totalsSql}`, ctx, [0.05, 0.05 + step], [1, passes]);
      const totals = (await con.runAndReadAll('SELECT * FROM totals')).getRowObjectsJS()[0] as Record<string, number>;
      if (source.roles.orderId) {
        const at = 0.05 + 2 * step;
        await runWatched(con, `CREATE TEMP TABLE pairs AS ${pairsSql(source)}`, ctx, [at - step, at], [2, passes]);
        await runWatched(con, `CREATE TEMP TABLE orders AS ${ORDERS_SQL}`, ctx, [at, at], [2, passes]);
        await con.run('DROP TABLE pairs');
      }
      await runWatched(con, `CREATE TEMP TABLE summary AS ${summarySql}`, ctx, [0.8 - step, 0.8], [passes, passes]);
      return { totals, table: await summaryTable(con, ctx) };
    } finally {
      con.closeSync();
    }
  } finally {
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The column an issue is about (null for a row's problem). */
function issueColumn(code: (typeof SUMMARY_ISSUES)[number], source: SummarySource): string | null {
  const { roles } = source;
  switch (code) {
    case 'missing_customer_id':
      return roles.customerId ?? null;
    case 'missing_order_date':
    case 'unparsable_date':
    case 'future_date':
    case 'early_date':
      return roles.orderDate ?? null;
    case 'non_positive_quantity':
      return roles.quantity ?? null;
    case 'non_positive_price':
      return roles.unitPrice ?? null;
    case 'negative_amount':
      return roles.amount ?? null;
    case 'cancellation':
      return roles.orderId ?? null;
    default:
      return null;
  }
}
