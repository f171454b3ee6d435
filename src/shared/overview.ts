import { z } from 'zod';
import { personalKindSchema } from './exports';
import { rulesSpecSchema } from './segments';

/**
 * The Overview of a dataset: the business at a glance for a period (key figures against the
 * period before, the trend, cohort retention, concentration, where and when people buy) and
 * findings in plain words, each with its next step. Computed in the worker (engine/overview),
 * shown first in the app, put in the report right after its executive summary, printed by
 * `segmentdesk overview`. Days are UTC calendar days, YYYY-MM-DD; months YYYY-MM.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const num = z.number().nullable();

/**
 * The period looked at: the whole history, the 12 months that end on the data's last day, or
 * a range of days (both ends included; a missing end is the data's own first or last day).
 * `auto` (the default, what the app opens on): the last 12 months when the data cover at least
 * 24 months (so the 12 before can be compared), else the whole history.
 */
export const overviewPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('auto') }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('last12') }).strict(),
  z.object({ kind: z.literal('range'), from: isoDay.nullable(), until: isoDay.nullable() }).strict(),
]);
export type OverviewPeriod = z.infer<typeof overviewPeriodSchema>;

export const dayRangeSchema = z.object({ from: isoDay, until: isoDay });
export type DayRange = z.infer<typeof dayRangeSchema>;

/**
 * The key figures, each for the period and the one before it of the same length:
 * - customers: everyone who had bought by the period's last day;
 * - activeCustomers: customers who bought in the period; newCustomers: whose first purchase ever is in it;
 * - orders (distinct order ids; each row when there is no order id), revenue, aov = revenue ÷ orders;
 * - ordersPerCustomer = orders ÷ active customers;
 * - repeatRate: the share of active customers with at least 2 orders by the period's end (earlier orders count);
 * - medianDaysBetween: the median gap in days between a customer's consecutive order days, over the gaps that end in the period;
 * - returningRevenue: revenue in the period from customers buying again: orders placed on a later day than the
 *   customer's first purchase ever (so the whole history has it too).
 * Orders without customer ids have only orders, revenue and aov.
 */
export const FIGURE_KEYS = [
  'customers',
  'activeCustomers',
  'newCustomers',
  'orders',
  'revenue',
  'aov',
  'ordersPerCustomer',
  'repeatRate',
  'medianDaysBetween',
  'returningRevenue',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const keyFigureSchema = z.object({
  key: z.enum(FIGURE_KEYS),
  value: num,
  /** The same figure in the period before (null: no data before, or the whole history is shown). */
  previous: num,
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

/** How finely the trend is cut: by day (span up to 62 days), ISO week from Monday (up to 26 weeks), else month. */
export const GRAINS = ['day', 'week', 'month'] as const;
export type Grain = (typeof GRAINS)[number];

export const trendPointSchema = z.object({
  /** The bucket's first day (a day, the Monday of a week, the 1st of a month). */
  start: isoDay,
  revenue: z.number(),
  orders: z.number().int(),
  /** Active customers whose first purchase ever is in this bucket, and the other active ones (null without customer ids). */
  newCustomers: z.number().int().nullable(),
  returningCustomers: z.number().int().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/**
 * Cohort retention: customers by the month of their first purchase ever (cohorts whose first
 * month is in the period, the latest COHORT_LIMIT) × months since. active[k] counts the
 * cohort's customers who bought in month k after their first (active[0] = size); revenue[k] is
 * their spend in that month. A row ends at the period's last month.
 */
export const COHORT_LIMIT = 36;
export const cohortRowSchema = z.object({
  month: isoMonth,
  size: z.number().int().positive(),
  active: z.array(z.number().int()),
  revenue: z.array(z.number()),
});
export type CohortRow = z.infer<typeof cohortRowSchema>;

/**
 * How concentrated revenue is among the period's customers: the Pareto curve (x = share of
 * customers from the biggest down, y = share of revenue), at most 101 points from (0,0) to
 * (1,1); the shares of the top 1 %, 10 % and 20 % (the round(top × n) biggest, at least one);
 * the largest customers. `personal`: the kind of personal data the customer ids are (names,
 * phone numbers, e-mail addresses), so a report that leaves the machine masks them.
 */
export const concentrationSchema = z.object({
  customers: z.number().int(),
  personal: personalKindSchema.nullable().default(null),
  curve: z.array(z.tuple([z.number(), z.number()])),
  top: z.array(z.object({ top: z.number(), customers: z.number().int(), share: z.number() })),
  largest: z.array(
    z.object({
      id: z.string(),
      revenue: z.number(),
      share: z.number(),
      orders: z.number().int(),
      lastOrder: isoDay,
    }),
  ),
});
export type Concentration = z.infer<typeof concentrationSchema>;

/**
 * Where the period's orders come from, by the dataset's country, province or city column (or
 * the province read from a Chinese shipping address). `name` is the place as the app knows it
 * (a country by its English name from geo/continents, a province by its short Chinese name from
 * geo/china-provinces, a city as written); unknown cells are summed in `unplaced`.
 */
export const placesSchema = z.object({
  kind: z.enum(['country', 'province', 'city']),
  column: z.string(),
  rows: z.array(
    z.object({
      name: z.string(),
      customers: z.number().int().nullable(),
      orders: z.number().int(),
      revenue: z.number(),
    }),
  ),
  unplaced: z.object({ orders: z.number().int(), revenue: z.number() }),
});
export type Places = z.infer<typeof placesSchema>;

/** When orders are placed: by weekday (0 = Monday) × hour when the dates carry times, and by month of year (0 = January). */
export const whenSchema = z.object({
  weekdayHour: z.array(z.array(z.number().int()).length(24)).length(7).nullable(),
  monthOfYear: z.array(z.number().int()).length(12),
});

/**
 * A finding's values, each with how people read it: a count, a share (0–1), money, a change in
 * percentage points, days, a month (YYYY-MM) or a multiple.
 */
export const findingValueSchema = z.object({
  kind: z.enum(['int', 'pct', 'money', 'points', 'days', 'month', 'times']),
  value: z.union([z.number(), z.string()]),
});
export type FindingValue = z.infer<typeof findingValueSchema>;

/** The next step a finding offers: an RFM run with the defaults, a rules run as given, a playbook, or none. */
export const findingActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rfm') }),
  z.object({ kind: z.literal('rules'), spec: rulesSpecSchema }),
  z.object({ kind: z.literal('playbook'), playbook: z.enum(['welcome', 'winBack', 'vip']) }),
]);
export type FindingAction = z.infer<typeof findingActionSchema>;

export const FINDING_KEYS = [
  'concentration',
  'slippingRegulars',
  'firstRepeat',
  'newCustomersTrend',
  'bestMonth',
  'worstMonth',
  'returningRevenue',
  'cohortBetter',
  'cohortWorse',
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/**
 * A finding: what (i18n `findings.<key>.title` with its values), why it matters
 * (`.why`), its tone, and the next step. The texts are written from the values by the UI,
 * the report and the CLI alike (findingText, shared/finding-text.ts).
 */
export const findingSchema = z.object({
  key: z.enum(FINDING_KEYS),
  tone: z.enum(['good', 'bad', 'neutral']),
  values: z.record(z.string(), findingValueSchema),
  action: findingActionSchema.nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const overviewSchema = z.object({
  datasetId: z.number().int(),
  /** False for orders without customer ids: the customer figures and panels are left out (null). */
  hasCustomers: z.boolean(),
  currency: z.string(),
  /** The data's first and last order day. */
  data: dayRangeSchema,
  period: dayRangeSchema,
  /** The period before, of the same length: null unless the data cover all of it (the whole history has none). */
  previous: dayRangeSchema.nullable(),
  figures: z.array(keyFigureSchema),
  grain: z.enum(GRAINS),
  trend: z.array(trendPointSchema),
  cohorts: z.array(cohortRowSchema).nullable(),
  concentration: concentrationSchema.nullable(),
  places: placesSchema.nullable(),
  when: whenSchema,
  findings: z.array(findingSchema),
});
export type Overview = z.infer<typeof overviewSchema>;
