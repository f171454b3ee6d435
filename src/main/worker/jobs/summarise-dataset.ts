import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { PREVIEW_ROWS } from '../../../shared/import-settings';
import type { QualityIssue } from '../../../shared/quality';
import type { DatasetInfo, SourceInfo } from '../../../shared/schemas';
import { defaultPolicies } from '../../engine/quality/default-policies';
import { issueTotalsSql, partitionSql, SUMMARY_ISSUES, type SummarySource } from '../../engine/sql/summary-sql';
import {
  AGGREGATES_SQL,
  bucketSumsSql,
  DROP_BUCKET_TABLES_SQL,
  summaryTablesSql,
} from '../../engine/sql/summary-buckets-sql';
import { SUMMARY_AGGREGATES_KEY, type SummaryAggregates } from '../../engine/summary/summary-aggregates';
import { summaryTable } from './summary-table';
import { planShares, shareSlots, sharesToKeep, withShares } from './summary-shares';
import { freeDatasetName } from '../../store/free-dataset-name';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import { keepDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { datasetNameOf, type ImportDatasetInput } from './import-input';
import { inspectFile } from './inspect-file';

/** DuckDB's memory for the summary: it spills to disk past it (below 512 MB a distinct count can run out). */
const MEMORY_LIMIT = '1GB';

/**
 * Runs a statement, telling `onPercent` how far DuckDB has got through it (when given); cancel
 * interrupts it (the thread must not be stopped mid-query).
 */
async function runWatched(con: DuckDBConnection, sql: string, ctx: JobContext, onPercent?: (percent: number) => void) {
  let interrupted = false;
  const timer = setInterval(() => {
    if (ctx.isCancelled()) {
      interrupted = true;
      con.interrupt();
      return;
    }
    const { percentage } = con.progress;
    if (onPercent && percentage >= 0) onPercent(Math.min(percentage, 100));
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
 * (RFM, rules, clustering and exports work on it as on any) and the monthly and daily aggregates
 * the Overview and CLV read (see SummaryAggregates), in one transaction.
 */
export async function summariseDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const { settings } = input;
  const { inspected, source } = await summarySource(input, ctx);
  const summary = await sumInDuckdb(input, source, inspected.file.bytes, ctx);
  ctx.throwIfCancelled();
  const issues: QualityIssue[] = SUMMARY_ISSUES.filter((code) => summary.totals[`n_${code}`] > 0).map((code) => ({
    code,
    count: summary.totals[`n_${code}`],
    policy: source.policies[code],
    column: issueColumn(code, source),
    examples: [],
  }));
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
    bytes: inspected.file.bytes,
    summarised: { roles: source.roles, transactions: summary.totals.rows_read, ...summary.shares },
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
      settings: { [SUMMARY_AGGREGATES_KEY]: summary.aggregates },
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

/** Rows in a bucket of customers: DuckDB sums a bucket's customers in memory (about 200 MB per 5 million rows). */
const BUCKET_ROWS = 5_000_000;
/** Bytes per row of a file, low estimates (a CSV line of an order export; a compressed Parquet row). */
const BYTES_PER_ROW = { csv: 40, parquet: 8 } as const;

/** How many buckets the customers are split into (from the file's size): enough that none holds much more than BUCKET_ROWS rows. */
function bucketsFor(source: SummarySource, bytes: number): number {
  const rows = bytes / BYTES_PER_ROW[source.format];
  return Math.min(256, Math.max(1, Math.ceil(rows / BUCKET_ROWS)));
}

/**
 * The passes in DuckDB: the file read once, its rows typed and flagged and written in buckets of
 * customers (Parquet, beside the workspace); the rows and their problems counted; each bucket's
 * customers summed. The temporary folder is removed whatever happens (a file refused before DuckDB
 * starts too).
 */
async function sumInDuckdb(input: ImportDatasetInput, source: SummarySource, bytes: number, ctx: JobContext) {
  summarising(ctx, 1, 0);
  const dir = mkdtempSync(join(dirname(input.workspacePath), '.segdesk-summary-'));
  try {
    return await sumInFolder(dir, source, bytes, ctx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sumInFolder(dir: string, source: SummarySource, bytes: number, ctx: JobContext) {
  // Built before DuckDB starts: a file it cannot read (encoding, roles, dates) is refused at once.
  const parts = join(dir, 'rows');
  const buckets = bucketsFor(source, bytes);
  const copy = (native: boolean) => partitionSql(source, native, parts, buckets);
  const [nativeSql, textSql] = [copy(true), copy(false)];
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
      // Each bucket's rows are written out once a row group's worth is held (the default holds four times as many, outside DuckDB's memory limit).
      await con.run(
        'SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET partitioned_write_flush_threshold = 122880',
      );
      await readOnce(con, [nativeSql, textSql], parts, ctx);
      const folders = existsSync(parts) ? readdirSync(parts).filter((name) => name.startsWith('bucket=')) : [];
      if (!folders.length) throw new AppError('E_EMPTY_FILE', 'The file has no rows to summarise.');
      const files = join(parts, '*', '*.parquet');
      const totals = (await con.runAndReadAll(issueTotalsSql(source, files))).getRowObjectsJS()[0] as Record<
        string,
        number
      >;
      const bucket = (folder: string) => join(parts, folder, '*.parquet');
      const plan = await planShares(con, source, files, bucket(folders[0]), folders.length, ctx);
      const slots = shareSlots(plan);
      await con.run(summaryTablesSql(slots));
      for (const [k, folder] of folders.entries()) {
        ctx.throwIfCancelled();
        summarising(ctx, 2, (100 * k) / folders.length);
        await runWatched(con, bucketSumsSql(source, bucket(folder), slots), ctx);
      }
      // The last bucket's working tables go before the customers are read out (DuckDB's memory is given back).
      await con.run(DROP_BUCKET_TABLES_SQL);
      const aggregates = await aggregatesOf(con);
      const kept = await sharesToKeep(con, plan, ctx);
      const table = await summaryTable(con, ctx, kept && 'columns' in kept ? kept.columns : []);
      return { totals, aggregates, ...withShares(table, plan, kept) };
    } finally {
      con.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** The buckets' aggregates, summed (see bucketSumsSql). */
async function aggregatesOf(con: DuckDBConnection): Promise<SummaryAggregates> {
  const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowsJS().map((row) => row.map(Number));
  return {
    months: await rows(AGGREGATES_SQL.months),
    hours: await rows(AGGREGATES_SQL.hours),
    days: await rows(AGGREGATES_SQL.days),
  };
}

/**
 * Reads the file once into the typed rows: first with DuckDB's CSV reader typing the dates and
 * numbers; when a cell does not read so (a thousands separator, a currency sign, a word in a number
 * column), again with every cell read as text and typed in SQL, where such a cell is counted.
 */
async function readOnce(con: DuckDBConnection, [nativeSql, textSql]: [string, string], parts: string, ctx: JobContext) {
  const reading = (percent: number) => summarising(ctx, 1, percent);
  if (nativeSql !== textSql) {
    try {
      await runWatched(con, nativeSql, ctx, reading);
      return;
    } catch (error) {
      if (error instanceof AppError && (error.code === 'E_CANCELLED' || error.code === 'E_FILE_TOO_LARGE')) throw error;
      rmSync(parts, { recursive: true, force: true });
    }
  }
  await runWatched(con, textSql, ctx, reading);
}

/** The summary's progress: the file read (pass 1, 5–50 %), then the buckets summed (pass 2, 55–80 %). */
function summarising(ctx: JobContext, pass: 1 | 2, percent: number) {
  const [from, to] = pass === 1 ? [0.05, 0.5] : [0.55, 0.8];
  ctx.progress(from + ((to - from) * percent) / 100, {
    key: 'importSummarising',
    params: { percent: Math.round(percent), pass, passes: 2 },
  });
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
