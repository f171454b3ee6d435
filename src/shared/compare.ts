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
  /** The first run's segment key, NEW_ROW (customers the first run does not have) or ALL_ROW. */
  segment: z.string(),
  /** Customers of the segment in the first run (for NEW_ROW: those buying in the second period). */
  customers: z.number().int(),
  activeBefore: z.number().int(),
  activeAfter: z.number().int(),
  /** Active in both periods; the retention rate is retained / activeBefore, churn its complement. */
  retained: z.number().int(),
  retention: num,
  churn: num,
  /** Not active in the first period, active in the second. */
  reactivated: z.number().int(),
  revenueBefore: z.number(),
  revenueAfter: z.number(),
  revenueGrowth: num,
  ordersBefore: z.number(),
  ordersAfter: z.number(),
  aovBefore: num,
  aovAfter: num,
  /** Relative change of the average order value. */
  aovChange: num,
});
export type SegmentKpiInfo = z.infer<typeof segmentKpiSchema>;

/** Every segment's KPIs in two periods of day numbers, [start, end): the second runs from the first run's analysis day to the second's; the first is as long, just before. */
export interface PeriodKpis {
  before: [number, number];
  after: [number, number];
  kpis: SegmentKpiInfo[];
}

/** How a customer moved between two runs' segments (segments listed best first). */
export type Move = 'up' | 'down' | 'stayed' | 'new' | 'gone';

/** The transition matrix between two runs (see engine/monitor/migration). */
export interface Migration {
  /** The first run's segment keys, then NEW_ROW (customers absent from the first run). */
  rows: string[];
  /** The second run's segment keys, then GONE_COLUMN (customers absent from the second run). */
  cols: string[];
  /** counts[row][col]: customers in the first run's segment row and the second run's col. */
  counts: number[][];
  /** Every customer of either run: id, row, column and how they moved. */
  customers: { ids: string[]; row: Int32Array; col: Int32Array; move: Move[] };
}

/** Two runs compared, as the worker returns it: the migration and, where the data has purchase dates, the KPIs of two periods. */
export interface CompareResult {
  migration: Migration;
  /** Null when the runs' data has no purchase dates (a customers dataset). */
  kpis: PeriodKpis | null;
}

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
