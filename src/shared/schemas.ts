import { z } from 'zod';
import { calcDefinitionSchema } from './calc/calculated-column';
import { columnSpecSchema } from './column-spec';
import { qualityReportSchema } from './quality';
import { datasetKindSchema, kindDecisionSchema, roleMappingSchema } from './roles';

/** Domain types shared by main, worker, renderer and CLI. */

export const languageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof languageSchema>;

/** One column of a dataset: its type and format, and how many cells were empty or did not fit. */
export const columnInfoSchema = z.object({
  name: z.string(),
  spec: columnSpecSchema,
  missing: z.number().int().nonnegative(),
  unparsable: z.number().int().nonnegative(),
  /** A calculated column's definition (its values are stored with the others; re-applied to appended rows). */
  calculated: calcDefinitionSchema.optional(),
});
export type ColumnInfo = z.infer<typeof columnInfoSchema>;

/**
 * Why a dataset's money is in its currency: the user chose it; a money column's currency sign
 * (`column`, the ISO code as `value`); a country column (`column`) where most rows name one
 * country (`value`); else the app's language, as nothing in the file tells.
 */
export const CURRENCY_REASONS = ['chosen', 'symbol', 'country', 'locale'] as const;
export const currencyDecisionSchema = z.object({
  reason: z.enum(CURRENCY_REASONS),
  column: z.string().nullable(),
  value: z.string().nullable(),
});
export type CurrencyDecision = z.infer<typeof currencyDecisionSchema>;

/** Where a dataset came from and how the file was read (enough to read it again the same way). */
export const sourceInfoSchema = z.object({
  format: z.enum(['csv', 'xlsx', 'xls', 'parquet', 'arrow']),
  compression: z.enum(['gzip', 'zip']).nullable(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  header: z.boolean(),
  /** Title lines skipped above the header (absent in workspaces made before it was recorded: 0). */
  skipRows: z.number().int().nonnegative().optional(),
  sheet: z.string().nullable(),
  /** Why the file was taken for its kind (absent in workspaces made before it was recorded). */
  kindDecision: kindDecisionSchema.optional(),
  /** Why its money is in its currency (absent in workspaces made before it was recorded). */
  currencyDecision: currencyDecisionSchema.optional(),
  /** The file's size and SHA-256 when it was imported, to tell the same file imported again (absent before they were recorded). */
  bytes: z.number().int().nonnegative().optional(),
  sha256: z.string().optional(),
  /**
   * Summarised per customer on import (a file too large to keep row by row): the order file's roles
   * and its rows read; the spend shares per category and channel value kept as columns (absent in
   * summaries made before they were kept), or why not (`sharesLeftOut`: more customers × values
   * than the `limit` a summary keeps, SUMMARY_SHARE_CELLS, or a column of too many values).
   */
  summarised: z
    .object({
      roles: roleMappingSchema,
      transactions: z.number().int().nonnegative(),
      shares: z
        .array(
          z.object({
            role: z.enum(['category', 'channel']),
            column: z.string(),
            values: z.array(z.string()),
            columns: z.array(z.string()),
          }),
        )
        .optional(),
      sharesLeftOut: z
        .object({
          customers: z.number().int(),
          values: z.number().int(),
          limit: z.number().int(),
          /** A column of more values than a summary keeps shares of (SUMMARY_SHARE_VALUES), when that is why. */
          column: z.object({ name: z.string(), values: z.number().int() }).optional(),
        })
        .optional(),
    })
    .optional(),
});
export type SourceInfo = z.infer<typeof sourceInfoSchema>;

/** Currencies a dataset's money can be shown in (ISO 4217). */
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'HKD',
  'TWD',
  'JPY',
  'KRW',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'INR',
] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

export const datasetInfoSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  sourceName: z.string(),
  rowCount: z.number().int().nonnegative(),
  columns: z.array(columnInfoSchema),
  source: sourceInfoSchema,
  kind: datasetKindSchema,
  roles: roleMappingSchema,
  quality: qualityReportSchema,
  /** ISO 4217 code used to format money of this dataset. */
  currency: z.string(),
  /** The customers dataset whose attributes this transactions dataset is joined to. */
  customersDatasetId: z.number().int().positive().nullable(),
  createdAt: z.string(),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const runInfoSchema = z.object({
  id: z.number().int().positive(),
  datasetId: z.number().int().positive(),
  name: z.string(),
  model: z.string(),
  status: z.string(),
  customerCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** 1, then one more each time the run is edited and re-run in place. */
  revision: z.number().int().positive(),
  /** The day the run was analysed as of (YYYY-MM-DD); null for a run without one. */
  analysisDate: z.string().nullable(),
});
export type RunInfo = z.infer<typeof runInfoSchema>;

/** A dataset whose stored row was altered or damaged: listed so it can be deleted, never used. */
export const damagedDatasetSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  sourceName: z.string(),
  rowCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** The error using it gives (E_DATASET_CORRUPT), with the damaged piece in its message. */
  problem: z.string(),
});
export type DamagedDataset = z.infer<typeof damagedDatasetSchema>;

/** Why an open workspace can only be read: its file or its folder is write-protected (the system's code). */
export const readOnlyReasonSchema = z.object({ reason: z.enum(['file', 'folder']), code: z.string() });
export type ReadOnlyReason = z.infer<typeof readOnlyReasonSchema>;

export const workspaceInfoSchema = z.object({
  schemaVersion: z.number().int().positive(),
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  datasets: z.array(datasetInfoSchema),
  /** Datasets that cannot be read; everything else in the workspace works. */
  damagedDatasets: z.array(damagedDatasetSchema),
  runs: z.array(runInfoSchema),
  /** Set when the workspace is open read-only because it is write-protected: view, export and copy only. */
  readOnly: readOnlyReasonSchema.nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const recentWorkspaceSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const settingsSchema = z.object({
  /** null until the user picks one: the UI then follows the OS locale. */
  language: languageSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  systemLocale: z.string(),
  platform: z.string(),
  /** Where the app keeps its settings and the demo workspace (Electron's userData). */
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Ids name rows of the workspace; names are what the user types. */
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const nameSchema = z.string().trim().min(1).max(200);
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
