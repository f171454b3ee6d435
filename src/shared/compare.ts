import { z } from 'zod';

/** The rows and column a comparison or campaign adds to the segments, in brackets so no segment key (RFM has one called "new") can be taken for them. */
export const NEW_ROW = '(new)';
export const GONE_COLUMN = '(gone)';
export const ALL_ROW = '(all)';

const EXTRA_LABELS: Record<string, string> = {
  [NEW_ROW]: 'compare.new',
  [GONE_COLUMN]: 'compare.gone',
  [ALL_ROW]: 'compare.all',
};

/** A comparison's or campaign's row or column as shown: the added ones in words, a segment by its name in the run. */
export function rowLabel(
  key: string,
  segments: readonly { key: string; name: Record<string, string> }[] | undefined,
  lang: string,
  t: (key: string) => string,
): string {
  const extra = EXTRA_LABELS[key];
  if (extra) return t(extra);
  return segments?.find((s) => s.key === key)?.name[lang] ?? key;
}

const num = z.number().nullable();

/** One segment's KPIs in the two periods of a comparison (see engine/monitor/period-kpis). */
export const segmentKpiSchema = z.object({
  segment: z.string(),
  customers: z.number().int(),
  activeBefore: z.number().int(),
  activeAfter: z.number().int(),
  retained: z.number().int(),
  retention: num,
  churn: num,
  reactivated: z.number().int(),
  revenueBefore: z.number(),
  revenueAfter: z.number(),
  revenueGrowth: num,
  ordersBefore: z.number(),
  ordersAfter: z.number(),
  aovBefore: num,
  aovAfter: num,
  aovChange: num,
});
export type SegmentKpiInfo = z.infer<typeof segmentKpiSchema>;

const movesSchema = z.object({
  up: z.number().int(),
  down: z.number().int(),
  stayed: z.number().int(),
  new: z.number().int(),
  gone: z.number().int(),
});
export type MoveCounts = z.infer<typeof movesSchema>;

/** Two runs compared, as the Compare page shows it: the migration matrix, moves, and KPIs of two periods. */
export const comparisonSchema = z.object({
  /** The first run's segment keys and "(new)"; the second's and "(gone)". */
  rows: z.array(z.string()),
  cols: z.array(z.string()),
  counts: z.array(z.array(z.number().int())),
  /** Moves in all, and per row of the matrix. */
  moves: movesSchema,
  movesByRow: z.array(movesSchema),
  /** The two periods, YYYY-MM-DD, [from, until). */
  periods: z.object({ before: z.tuple([z.string(), z.string()]), after: z.tuple([z.string(), z.string()]) }).nullable(),
  kpis: z.array(segmentKpiSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;
