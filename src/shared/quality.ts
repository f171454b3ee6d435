import { z } from 'zod';

/** Problems the import looks for; each is counted, with example rows, and handled by a policy. */
export const ISSUE_CODES = [
  'missing_customer_id',
  'missing_order_date',
  'unparsable_date',
  'unparsable_number',
  'non_positive_quantity',
  'non_positive_price',
  'negative_amount',
  'cancellation',
  'duplicate_row',
  'duplicate_customer_id',
  'future_date',
  'short_row',
  'long_row',
  // Appended, never inserted: a row's flags keep bit i = ISSUE_CODES[i] in datasets stored before.
  'rounded_id',
  'number_out_of_range',
  'total_out_of_range',
  'early_date',
] as const;
export const issueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof issueCodeSchema>;

/** drop: the row is not imported; keep: imported as is; flag: imported and marked. */
export const POLICIES = ['drop', 'keep', 'flag'] as const;
export const policySchema = z.enum(POLICIES);
export type Policy = z.infer<typeof policySchema>;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const qualityIssueSchema = z.object({
  code: issueCodeSchema,
  /** Rows with the problem. */
  count: z.number().int().nonnegative(),
  policy: policySchema,
  /** The column it concerns, when one does. */
  column: z.string().nullable(),
  /** Up to three rows with the problem: source line and the row's values. */
  examples: z.array(z.object({ line: z.number().int(), values: z.record(z.string(), cellValueSchema) })),
});
export type QualityIssue = z.infer<typeof qualityIssueSchema>;

/** A newer export appended to the dataset: rows already present are counted as overlap, not doubled. */
export const appendRecordSchema = z.object({
  sourceName: z.string(),
  rowsRead: z.number().int().nonnegative(),
  rowsKept: z.number().int().nonnegative(),
  overlap: z.number().int().nonnegative(),
  rowsAdded: z.number().int().nonnegative(),
  issues: z.array(qualityIssueSchema),
  at: z.string(),
});
export type AppendRecord = z.infer<typeof appendRecordSchema>;

export const qualityReportSchema = z.object({
  rowsRead: z.number().int().nonnegative(),
  rowsKept: z.number().int().nonnegative(),
  issues: z.array(qualityIssueSchema),
  appended: z.array(appendRecordSchema).optional(),
});
export type QualityReport = z.infer<typeof qualityReportSchema>;

export const policiesSchema = z.partialRecord(issueCodeSchema, policySchema);
export type Policies = z.infer<typeof policiesSchema>;
