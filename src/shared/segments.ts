import { z } from 'zod';
import { runDataFields } from './run-data';
import { segmentNameSchema, segmentNamesSchema, type SegmentName } from './segment-name';
import { clusterResultSchema, clusterSpecSchema, type ClusterSpec } from './cluster';
import { clvResultSchema, clvSpecSchema, type ClvSpec } from './clv';
import { scoreRuleSchema } from './rfm-schemes';
import { runMeaningsSchema } from './run-meanings';
import { ORDER_FIELD_NAMES, orderFactsSchema } from './order-facts';

export { segmentNameSchema, type SegmentName };

/** The customer features' names in both UI languages (a persona's sentence and the UI use them). */
export const FEATURE_NAMES: Readonly<Record<string, { en: string; 'zh-CN': string }>> = {
  recency: { en: 'days since last purchase', 'zh-CN': '最近购买天数' },
  frequency: { en: 'purchases', 'zh-CN': '购买次数' },
  monetary: { en: 'spend', 'zh-CN': '消费金额' },
  aov: { en: 'order value', 'zh-CN': '客单价' },
  orders: { en: 'orders', 'zh-CN': '订单数' },
  transactions: { en: 'order lines', 'zh-CN': '明细行数' },
  tenure: { en: 'days as a customer', 'zh-CN': '客户时长（天）' },
  gap: { en: 'days between orders', 'zh-CN': '购买间隔天数' },
  firstPurchase: { en: 'first purchase', 'zh-CN': '首次购买' },
  lastPurchase: { en: 'last purchase', 'zh-CN': '最近购买' },
  age: { en: 'age', 'zh-CN': '年龄' },
  ...ORDER_FIELD_NAMES,
};

/** Customers no rule matches. */
export const OTHERS: { key: string; name: SegmentName } = { key: 'others', name: { en: 'Others', 'zh-CN': '其他' } };

/** Any model's settings. */
export type ModelSpec = RfmSpec | RulesSpec | ClusterSpec | ClvSpec | OrdersSpec;

/** How a run counts its customer features: the transactions before its analysis day (YYYY-MM-DD; by default the day after the last), purchases by a basis. */
export interface FeatureSettings {
  analysisDate?: string;
  /** Only the last this many days before the analysis day. */
  windowDays?: number;
  frequency: 'orders' | 'rows' | 'days';
}

/** A spec's feature settings: a CLV run's analysis day is the day after its calibration period. */
export function featureSettings(spec: ModelSpec): FeatureSettings {
  if (spec.model !== 'clv')
    return { analysisDate: spec.analysisDate, windowDays: spec.windowDays, frequency: spec.frequency };
  const next = spec.calibrationEnd
    ? new Date(Date.parse(`${spec.calibrationEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    : undefined;
  return { analysisDate: next, frequency: 'orders' };
}

/** How RFM scores are made and turned into segments. */
export const rfmSpecSchema = z
  .object({
    model: z.literal('rfm'),
    bins: z.union([z.literal(3), z.literal(4), z.literal(5)]).default(5),
    method: z.enum(['quantile', 'rank', 'fixed']).default('quantile'),
    /** Cut points per dimension for method 'fixed' (bins − 1 values each, none below the one before). */
    cuts: z
      .object({ recency: z.array(z.number()), frequency: z.array(z.number()), monetary: z.array(z.number()) })
      .optional(),
    scheme: z.enum(['eleven', 'eight', 'table']).default('eleven'),
    /** The score table for scheme 'table' (an edited 11-segment table, or the user's own). */
    table: z.array(scoreRuleSchema).min(1).max(40).optional(),
    /** For scheme 'eight': high/low against the mean or the median. */
    split: z.enum(['mean', 'median']).default('mean'),
    ...runDataFields,
    names: segmentNamesSchema,
  })
  .superRefine((spec, ctx) => {
    if (spec.method === 'fixed') {
      for (const dim of ['recency', 'frequency', 'monetary'] as const) {
        const cuts = spec.cuts?.[dim];
        if (!cuts || cuts.length !== spec.bins - 1)
          ctx.addIssue({ code: 'custom', path: ['cuts', dim], message: `give ${spec.bins - 1} cut points` });
      }
    }
    if (spec.scheme === 'table' && !spec.table)
      ctx.addIssue({ code: 'custom', path: ['table'], message: 'give the score table' });
    for (const row of spec.table ?? []) {
      if ([...row.r, ...row.f, ...row.m].some((s) => s > spec.bins))
        ctx.addIssue({ code: 'custom', path: ['table'], message: `scores go up to ${spec.bins}` });
    }
  });
export type RfmSpec = z.infer<typeof rfmSpecSchema>;

/** A segment's (or all customers') figures; null where there is nothing to measure (no customers). */
export const segmentSummarySchema = z.object({
  key: z.string(),
  name: segmentNameSchema,
  customers: z.number().int().nonnegative(),
  share: z.number(),
  /** null when the data holds no orders or revenue (a customers table without them). */
  orders: z.number().nullable(),
  revenue: z.number().nullable(),
  revenueShare: z.number().nullable(),
  aov: z.number().nullable(),
  medianRecency: z.number().nullable(),
  medianFrequency: z.number().nullable(),
  medianMonetary: z.number().nullable(),
  /** Order segments: the share of the segment's orders refunded (null without a refund column). */
  refundRate: z.number().nullable().optional(),
});
export type SegmentSummary = z.infer<typeof segmentSummarySchema>;

/** The bins of one RFM dimension: [lower, upper) per bin (rank: the least and greatest value in it), its score, its customers. */
export const dimensionBinsSchema = z.object({
  /** null for a bin no customer fell in (rank method with fewer customers than bins). */
  lower: z.array(z.number().nullable()),
  upper: z.array(z.number().nullable()),
  scores: z.array(z.number().int()),
  customers: z.array(z.number().int()),
  /** Scores no customer got: ties collapsed their bin. */
  empty: z.array(z.number().int()),
});
export type DimensionBinsInfo = z.infer<typeof dimensionBinsSchema>;

/**
 * A segment's portrait: what sets it apart (standardised differences of means, lifts of category
 * shares) and a sentence. A number trait's plain words (traitWords) and exact figures
 * (traitFigures, for tooltips and the report's method section) are made from these values.
 */
export const personaSchema = z.object({
  numeric: z.array(
    z.object({
      field: z.string(),
      mean: z.number(),
      overallMean: z.number(),
      /** All customers' standard deviation (runs made before it was kept have none). */
      overallSd: z.number().optional(),
      difference: z.number(),
    }),
  ),
  categories: z.array(
    z.object({ field: z.string(), value: z.string(), share: z.number(), overallShare: z.number(), lift: z.number() }),
  ),
  /** A sentence in each UI language. */
  description: z.object({ en: z.string().max(600), 'zh-CN': z.string().max(600) }),
});
export type PersonaInfo = z.infer<typeof personaSchema>;

const histogramBinSchema = z.object({ from: z.number(), to: z.number(), count: z.number().int() });

/** What a run found, kept with it (the per-customer values are columns beside it). */
export const runResultSchema = z.object({
  model: z.enum(['rfm', 'rules', 'kmeans', 'kprototypes', 'clv', 'orders']),
  /** The analysis day, YYYY-MM-DD. */
  analysisDate: z.string(),
  customers: z.number().int().nonnegative(),
  segments: z.array(segmentSummarySchema),
  overall: segmentSummarySchema,
  /** RFM's score bins (null for rules). */
  bins: z
    .object({ recency: dimensionBinsSchema, frequency: dimensionBinsSchema, monetary: dimensionBinsSchema })
    .nullable(),
  /** The 8-class scheme's split points. */
  split: z.object({ recency: z.number(), frequency: z.number(), monetary: z.number() }).nullable(),
  /** One per segment, in the same order. */
  personas: z.array(personaSchema),
  /** RFM's charts: the R × F grid (customers, mean spend) and the R, F, M histograms. */
  charts: z
    .object({
      customers: z.array(z.array(z.number().int())),
      meanMonetary: z.array(z.array(z.number().nullable())),
      histograms: z.object({
        recency: z.array(histogramBinSchema),
        frequency: z.array(histogramBinSchema),
        monetary: z.array(histogramBinSchema),
      }),
    })
    .nullable()
    .default(null),
  /** A clustering's fit, yardsticks, centroids, 2-D view and rules (null for other models). */
  cluster: clusterResultSchema.nullable().default(null),
  /** A CLV run's fits, validation and P(alive) matrix (null for other models). */
  clv: clvResultSchema.nullable().default(null),
  /** The dataset's meanings the run was made with (absent in runs made before they were recorded). */
  meanings: runMeaningsSchema.optional(),
  /** Order segments: the columns the order fields were read from (null for customer runs). */
  orders: orderFactsSchema.nullable().default(null),
});
export type RunResult = z.infer<typeof runResultSchema>;

/** A test on one customer field: a number (or date, as UTC ms) in [min, max), a value among a set or outside it, or a missing value. */
export const ruleConditionSchema = z.discriminatedUnion('op', [
  z.object({
    field: z.string().min(1),
    op: z.literal('range'),
    min: z.number().nullable().default(null),
    max: z.number().nullable().default(null),
  }),
  z.object({ field: z.string().min(1), op: z.literal('in'), values: z.array(z.string()).min(1) }),
  /** A value that is there and none of the listed ones (a value first seen next month included). */
  z.object({ field: z.string().min(1), op: z.literal('notIn'), values: z.array(z.string()).min(1) }),
  z.object({ field: z.string().min(1), op: z.literal('missing') }),
]);
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** Conditions (or groups) that must all hold, or of which one must. */
export type RuleGroup = { all: (RuleCondition | RuleGroup)[] } | { any: (RuleCondition | RuleGroup)[] };
export const ruleGroupSchema: z.ZodType<RuleGroup> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(z.union([ruleConditionSchema, ruleGroupSchema])) }),
    z.object({ any: z.array(z.union([ruleConditionSchema, ruleGroupSchema])).min(1) }),
  ]),
);

/** A named segment and when a customer belongs to it; rules apply first match in order. */
export const segmentRuleSchema = z.object({
  key: z.string().min(1).max(40),
  name: segmentNameSchema,
  when: ruleGroupSchema,
});
export type SegmentRule = z.infer<typeof segmentRuleSchema>;

export const rulesSpecSchema = z.object({
  model: z.literal('rules'),
  rules: z.array(segmentRuleSchema).min(1).max(60),
  ...runDataFields,
  names: segmentNamesSchema,
});
export type RulesSpec = z.infer<typeof rulesSpecSchema>;

/** Order segments: the same rules over order fields, one row per order (a file of orders without a customer id). */
export const ordersSpecSchema = rulesSpecSchema.extend({ model: z.literal('orders') });
export type OrdersSpec = z.infer<typeof ordersSpecSchema>;

export const modelSpecSchema = z.union([
  rfmSpecSchema,
  rulesSpecSchema,
  clusterSpecSchema,
  clvSpecSchema,
  ordersSpecSchema,
]);

/** A customer field the rule builder offers: its kind, and its values (categories) or range (numbers, dates as UTC ms). */
export const ruleFieldInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(['number', 'date', 'category']),
  values: z.array(z.object({ value: z.string(), customers: z.number().int() })),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** A column of the order file that holds one value per customer, taken from each customer's first order; `several` customers have more than one. */
  firstOrder: z.object({ several: z.number().int().nonnegative() }).optional(),
});
export type RuleFieldInfo = z.infer<typeof ruleFieldInfoSchema>;

/** How the binning helper cuts a number field into bands: k of equal width, k quantiles, or at the user's edges. */
export const bandsRequestSchema = z
  .object({
    field: z.string().min(1),
    method: z.enum(['width', 'quantile', 'edges']),
    bins: z.number().int().min(2).max(20).default(4),
    /** For 'edges': the lower edge of each band, increasing (the last band is open above), e.g. 18, 26, 36, 46, 56. */
    edges: z.array(z.number()).min(1).max(30).optional(),
  })
  .refine(
    (b) => b.method !== 'edges' || (b.edges !== undefined && b.edges.every((e, i) => i === 0 || e > b.edges![i - 1])),
    { message: 'give increasing edges', path: ['edges'] },
  );
export type BandsRequest = z.infer<typeof bandsRequestSchema>;

/** A ready-made rule set the data can carry. */
export const ruleTemplateInfoSchema = z.object({
  key: z.string(),
  group: z.enum(['demographic', 'geographic', 'psychographic', 'behavioural', 'value']),
  name: segmentNameSchema,
  rules: z.array(segmentRuleSchema),
});
export type RuleTemplateInfo = z.infer<typeof ruleTemplateInfoSchema>;

/** The spec with one segment renamed: the run re-made from it names the segment so, in any scheme. */
export function renameInSpec<S extends ModelSpec>(spec: S, key: string, name: SegmentName): S {
  return { ...spec, names: { ...spec.names, [key]: name } };
}

/** A key and placeholder name for a segment added after those with the given keys. */
export function newSegmentKey(keys: readonly string[]): { key: string; name: SegmentName } {
  const taken = new Set(keys);
  let n = keys.length + 1;
  while (taken.has(`segment_${n}`)) n++;
  return { key: `segment_${n}`, name: { en: `Segment ${n}`, 'zh-CN': `分群 ${n}` } };
}

/**
 * A segment's name after the user typed `text` in one UI language: the other language follows
 * while it has no name of its own (the same text as before, or the placeholder).
 */
export function typedName(name: SegmentName, lang: 'en' | 'zh-CN', text: string): SegmentName {
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const follows = name[other] === name[lang] || /^(Segment|分群) \d+$/.test(name[other]);
  return { ...name, [lang]: text, ...(follows ? { [other]: text } : {}) } as SegmentName;
}
