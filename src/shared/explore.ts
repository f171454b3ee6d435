import { z } from 'zod';

/** One column's summary for the dataset view: a histogram for numbers and dates, top values for the rest. */
export const columnStatsSchema = z.object({
  name: z.string(),
  missing: z.number().int().nonnegative(),
  distinct: z.number().int().nonnegative().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  /** Equal-width bins from min to max (numbers and dates). */
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
  /** Most frequent values (text, categories, ids, booleans). */
  top: z.array(z.object({ value: z.string(), count: z.number().int() })),
});
export type ColumnStats = z.infer<typeof columnStatsSchema>;

/** A page of the member/row grid: sorting and search run on the columns in the worker. */
export const pageQuerySchema = z
  .object({
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
    sortColumn: z.string().max(1000).optional(),
    sortDesc: z.boolean().optional(),
    search: z.string().max(200).optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const HISTOGRAM_BINS = 20;
export const TOP_VALUES = 10;

/** How a transactions dataset matches the customers dataset linked to it. */
export const joinStatsSchema = z.object({
  transactions: z.number().int().nonnegative(),
  matchedTransactions: z.number().int().nonnegative(),
  customers: z.number().int().nonnegative(),
  customersWithTransactions: z.number().int().nonnegative(),
  /** A few customer ids of transactions that found no customer. */
  unmatchedExamples: z.array(z.string()),
});
export type JoinStats = z.infer<typeof joinStatsSchema>;
