import { z } from 'zod';
import { segmentNamesSchema } from './segment-name';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

/** Customer lifetime value: BG/NBD purchases × Gamma-Gamma spend × margin, discounted; segments by value tier and activity. */
export const clvSpecSchema = z
  .object({
    model: z.literal('clv'),
    /** The last day of the calibration period (the models learn from purchases up to it); by default the last purchase's day. */
    calibrationEnd: isoDay.optional(),
    /** The last day of the holdout period, after the calibration end: the validation compares the forecast with it. */
    holdoutEnd: isoDay.optional(),
    timeUnit: z.enum(['days', 'weeks']).default('weeks'),
    /** Profit share of the spend, 0–1 (0.3 = 30 %). */
    margin: z.number().min(0).max(1, 'give the margin as a share: 0.3 for 30 %').default(0.3),
    /** Discount rate per month, 0–1 (0.01 = 1 %). */
    discountRate: z.number().min(0).max(1).default(0.01),
    /** Months ahead the value counts. */
    horizon: z.number().int().min(1).max(120).default(12),
    /** Segments: value tiers alone, or value tier × activity (P(alive) band). */
    scheme: z.enum(['grid', 'tiers']).default('grid'),
    /** Value tiers: top 20 % / middle 60 % / bottom 20 %, or `count` equal quantiles. */
    tiers: z.enum(['top20', 'quantiles']).default('top20'),
    count: z.number().int().min(2).max(10).default(4),
    /** P(alive) bands: below `lost` likely lost, from `active` on active, between at risk. */
    alive: z
      .object({ lost: z.number().min(0).max(1), active: z.number().min(0).max(1) })
      .default({ lost: 0.3, active: 0.7 }),
    /** The run this one re-applies. */
    basedOn: z.number().int().positive().optional(),
    names: segmentNamesSchema,
  })
  .superRefine((spec, ctx) => {
    if (spec.holdoutEnd && spec.calibrationEnd && spec.holdoutEnd <= spec.calibrationEnd)
      ctx.addIssue({
        code: 'custom',
        path: ['holdoutEnd'],
        message: 'the holdout must end after the calibration period',
      });
    if (spec.holdoutEnd && !spec.calibrationEnd)
      ctx.addIssue({ code: 'custom', path: ['calibrationEnd'], message: 'a holdout period needs the calibration end' });
    if (spec.alive.lost >= spec.alive.active)
      ctx.addIssue({ code: 'custom', path: ['alive'], message: 'the "lost" band must end below the "active" one' });
  });
export type ClvSpec = z.infer<typeof clvSpecSchema>;

const byFrequencySchema = z.object({
  frequency: z.string(),
  customers: z.number().int(),
  actual: z.number(),
  expected: z.number(),
});
const cumulativeSchema = z.object({ t: z.number(), day: z.string(), actual: z.number(), expected: z.number() });

/** What a CLV run found: both models' fits, warnings, the validation and the P(alive) matrix. */
export const clvResultSchema = z.object({
  unit: z.enum(['days', 'weeks']),
  calibrationEnd: z.string(),
  holdoutEnd: z.string().nullable(),
  customers: z.number().int(),
  repeatCustomers: z.number().int(),
  bgnbd: z.object({
    r: z.number(),
    alpha: z.number(),
    a: z.number(),
    b: z.number(),
    logLikelihood: z.number(),
    converged: z.boolean(),
  }),
  gammaGamma: z.object({
    p: z.number(),
    q: z.number(),
    gamma: z.number(),
    logLikelihood: z.number(),
    customers: z.number().int(),
    nonPositive: z.number().int(),
    correlation: z.number().nullable(),
    converged: z.boolean(),
  }),
  settings: z.object({ margin: z.number(), discountRate: z.number(), horizon: z.number().int() }),
  /** Sums over all customers. */
  totals: z.object({ clv: z.number(), expectedPurchases: z.number() }),
  /** The value tiers' lower CLV bounds (highest tier first). */
  tierFloors: z.array(z.number()),
  /** Things the user should know: a frequency–spend correlation, spends left out, a fit that stopped early, no sign of dropout (the NBD limit: a = b = 0, everyone alive). */
  warnings: z.array(
    z.object({ code: z.enum(['correlation', 'nonPositive', 'notConverged', 'noDropout']), value: z.number() }),
  ),
  validation: z.object({
    byFrequency: z.array(byFrequencySchema),
    cumulative: z.array(cumulativeSchema),
    errors: z
      .object({
        actual: z.number(),
        expected: z.number(),
        relativeError: z.number().nullable(),
        mae: z.number(),
        rmse: z.number(),
      })
      .nullable(),
  }),
  pAlive: z.object({
    T: z.number(),
    frequency: z.array(z.number()),
    recency: z.array(z.number()),
    values: z.array(z.array(z.number())),
  }),
});
export type ClvResult = z.infer<typeof clvResultSchema>;
