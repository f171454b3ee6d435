import { z } from 'zod';
import { columnKindSchema } from './column-spec';
import { policiesSchema, qualityReportSchema } from './quality';
import { datasetKindSchema, kindDecisionSchema, roleMappingSchema } from './roles';
import { columnInfoSchema, currencyDecisionSchema, currencySchema } from './schemas';
import { DELIMITERS, ENCODINGS, MAX_SKIP_ROWS } from './text-formats';

/** Endings of the files the importer reads (the import dialog's filter). */
export const DATA_FILE_EXTENSIONS = [
  'csv',
  'tsv',
  'txt',
  'xlsx',
  'xlsm',
  'xls',
  'parquet',
  'arrow',
  'feather',
  'gz',
  'zip',
];

/** Whether a file's name ends like a file the importer reads (orders.csv, export.xlsx, orders.csv.gz). */
export function isDataFileName(name: string): boolean {
  return DATA_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(`.${ext}`));
}

export { DELIMITERS, ENCODINGS, MAX_SKIP_ROWS, type Delimiter, type Encoding } from './text-formats';
export const encodingSchema = z.enum(ENCODINGS);
export const delimiterSchema = z.enum(DELIMITERS);

/** Everything the user can set in the import wizard (or on the command line); unset = detected or suggested. */
export const importSettingsSchema = z
  .object({
    encoding: encodingSchema.optional(),
    delimiter: delimiterSchema.optional(),
    header: z.boolean().optional(),
    /** Title lines above the header to skip (detected when unset). */
    skipRows: z.number().int().min(0).max(MAX_SKIP_ROWS).optional(),
    /** Column name as read (column_1 … in a file without a header) → the name the user gave it; types and roles use the new names. */
    names: z.record(z.string().max(1000), z.string().trim().min(1).max(200)).optional(),
    sheet: z.string().max(255).optional(),
    types: z.record(z.string().max(1000), columnKindSchema).optional(),
    kind: datasetKindSchema.optional(),
    roles: roleMappingSchema.optional(),
    /** `roles` are some of the roles (the CLI's --map): the others are suggested; else they are all (the wizard). */
    suggestOtherRoles: z.boolean().optional(),
    policies: policiesSchema.optional(),
    /** The dataset's currency, when the user chose it (else found in the file, or the app's language's). */
    currency: currencySchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    /**
     * Keep one row per customer instead of every row (a file too large to hold): DuckDB reads it,
     * drops rows by the policies and sums each customer's orders and spend; a customers dataset.
     */
    summarise: z.boolean().optional(),
  })
  .strict();
export type ImportSettings = z.infer<typeof importSettingsSchema>;

/** What the wizard shows about a file before it is imported (computed on its first rows, or on every row for the check). */
export const inspectResultSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'xls', 'parquet', 'arrow']),
  compression: z.enum(['gzip', 'zip']).nullable(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  header: z.boolean(),
  /** Title lines skipped above the header, and the header's line (null: no header). */
  skipRows: z.number().int().nonnegative(),
  headerLine: z.number().int().nonnegative().nullable(),
  /** Rows looked at (the preview reads at most PREVIEW_ROWS). */
  rowsRead: z.number().int().nonnegative(),
  /** The file has more rows than were looked at. */
  truncated: z.boolean(),
  columns: z.array(columnInfoSchema),
  kind: datasetKindSchema,
  /** Why the file was taken for its kind. */
  why: kindDecisionSchema,
  roles: roleMappingSchema,
  quality: qualityReportSchema,
  currency: z.string(),
  /** Why the money is in that currency. */
  currencyWhy: currencyDecisionSchema,
  /** The file's size, and its SHA-256 when every row was read (null for a preview). */
  file: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().nullable() }),
  /** A dataset of the open workspace imported from this same file (same content, or same name and size), if any. */
  alreadyImported: z
    .object({ datasetId: z.number().int().positive(), name: z.string(), createdAt: z.string() })
    .nullable(),
  /** The first rows as parsed (before any row is dropped), as Arrow IPC bytes. */
  preview: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
});
export type InspectResult = z.infer<typeof inspectResultSchema>;

/**
 * From this size on disk an order file is offered summarised per customer by default (import
 * settings' `summarise`): kept row by row it would pass the import's memory limit (1.5 GiB holds
 * about 10^7 rows of a typical order export, 0.5 GB of CSV a row of 50 bytes … 2 GB of wider rows).
 */
export const SUMMARISE_BYTES = 2_000_000_000;

/**
 * A summary keeps each customer's share of spend per category and per channel value (one column
 * per value, as the whole import's customer features have them) up to this many customers × values
 * (160 MB of numbers: 10^6 customers and 20 values), and up to SUMMARY_SHARE_VALUES values a role;
 * past either it keeps none and says so.
 */
export const SUMMARY_SHARE_CELLS = 20_000_000;
export const SUMMARY_SHARE_VALUES = 1000;

/** Whether a file the wizard read can be summarised per customer: order lines in a CSV (or .csv.gz) or Parquet file. */
export const canSummarise = (r: Pick<InspectResult, 'kind' | 'format' | 'compression'>) =>
  r.kind === 'transactions' && (r.format === 'parquet' || (r.format === 'csv' && r.compression !== 'zip'));

/** Rows the wizard reads to preview and type a file (and to check it, when the user stops the check of every row). */
export const PREVIEW_ROWS = 1000;

/**
 * Files up to this size on disk are checked on every row as the wizard reaches its check step
 * (the 7.6 MB UCI .gz, 541,909 rows, takes about 2 s); a larger one is checked on its first rows,
 * said so, with a button to check every row.
 */
export const CHECK_ALL_BYTES = 64 << 20;
