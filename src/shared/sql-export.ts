import { z } from 'zod';
import { roleSchema, type Role } from './roles';
import { languageSchema } from './schemas';

/** The SQL engines a segmentation can be written for: run where the client's transactions already are. */
export const SQL_DIALECTS = ['duckdb', 'postgres', 'spark'] as const;
export const sqlDialectSchema = z.enum(SQL_DIALECTS);
export type SqlDialect = z.infer<typeof sqlDialectSchema>;

/** The roles whose columns the SQL reads (the others are not needed to segment). */
export const SQL_ROLES = [
  'customerId',
  'orderId',
  'orderDate',
  'amount',
  'quantity',
  'unitPrice',
  'category',
  'channel',
] as const satisfies readonly Role[];

/** A name as the database knows it: a table (schema.table) or a column. */
const sqlNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !Array.from(s).some((ch) => ch < ' '), 'no control characters');

/**
 * A run's segmentation as one SQL query over the client's transactions table: which engine, the
 * table's name (schema.table allowed), and the table's column for each role where it is not named
 * as in the dataset.
 */
export const sqlExportSchema = z
  .object({
    dialect: sqlDialectSchema,
    table: sqlNameSchema,
    columns: z.partialRecord(roleSchema, sqlNameSchema).default({}),
    /** The language of the segment names written beside the keys. */
    lang: languageSchema.default('en'),
  })
  .strict();
export type SqlExport = z.infer<typeof sqlExportSchema>;
