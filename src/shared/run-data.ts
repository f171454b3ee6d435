import { z } from 'zod';

/**
 * Which transactions a run counts and how, shared by every model but CLV (spread into its spec):
 * the analysis day, a window of days before it, the run it re-applies, and what one purchase is.
 */
export const runDataFields = {
  /** The analysis day (YYYY-MM-DD): the run counts the transactions before it; by default the day after the last transaction (or today). */
  analysisDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Only the transactions of the last this many days before the analysis day (a window). */
  windowDays: z.number().int().min(1).max(36_500).optional(),
  /** The run this one re-applies (its spec, on another date, window or data). */
  basedOn: z.number().int().positive().optional(),
  /** What one purchase is: distinct orders, transaction rows, or distinct purchase days. */
  frequency: z.enum(['orders', 'rows', 'days']).default('orders'),
};
