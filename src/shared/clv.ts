import { z } from 'zod';
import { segmentNamesSchema } from './segment-name';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

/** The purchase models a CLV run can fit: Pareto/NBD (the default), BG/NBD, MBG/NBD. */
export const PURCHASE_MODELS = ['pareto', 'bgnbd', 'mbgnbd'] as const;
export const purchaseModelKindSchema = z.enum(PURCHASE_MODELS);
export type PurchaseModelKind = z.infer<typeof purchaseModelKindSchema>;
/** How each model writes its no-dropout limit (the NBD: nobody leaves). */
export const NO_DROPOUT_PARAMS: Readonly<Record<PurchaseModelKind, string>> = {
  pareto: 's = β = 0',
  bgnbd: 'a = b = 0',
  mbgnbd: 'a = b = 0',
};
/** The model used without a holdout to choose by. */
export const DEFAULT_PURCHASE_MODEL: PurchaseModelKind = 'pareto';
/** Each model's parameters, in the order they are shown. */
export const PURCHASE_MODEL_PARAMS: Readonly<Record<PurchaseModelKind, readonly string[]>> = {
  pareto: ['r', 'alpha', 's', 'beta'],
  bgnbd: ['r', 'alpha', 'a', 'b'],
  mbgnbd: ['r', 'alpha', 'a', 'b'],
};

/** Customer lifetime value: purchases (Pareto/NBD, BG/NBD or MBG/NBD) × Gamma-Gamma spend × margin, discounted; segments by value tier and activity. */
export const clvSpecSchema = z
  .object({
    model: z.literal('clv'),
    /** The last day of the calibration period (the models learn from purchases up to it); by default the last purchase's day. */
    calibrationEnd: isoDay.optional(),
    /** The last day of the holdout period, after the calibration end: the validation compares the forecast with it. */
    holdoutEnd: isoDay.optional(),
    timeUnit: z.enum(['days', 'weeks']).default('weeks'),
    /** The purchase model; `auto`: the one with the smallest holdout error per customer, Pareto/NBD without a holdout. */
    purchaseModel: z.enum(['auto', ...PURCHASE_MODELS]).default('auto'),
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
    /** The churn-risk list: customers in the top `top` share by past revenue or by predicted value whose chance still active is below `alive`. */
    churn: z
      .object({ alive: z.number().min(0).max(1), top: z.number().gt(0).max(1) })
      .default({ alive: 0.5, top: 0.2 }),
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
/** Holdout purchases of all customers, made and expected; the relative error; per customer the mean absolute and root mean square errors. */
const holdoutErrorsSchema = z.object({
  actual: z.number(),
  expected: z.number(),
  relativeError: z.number().nullable(),
  mae: z.number(),
  rmse: z.number(),
});
export type HoldoutErrors = z.infer<typeof holdoutErrorsSchema>;

/** One purchase model as fitted: its parameters (PURCHASE_MODEL_PARAMS), likelihood and, with a holdout, how well it predicted it. */
export const fittedPurchaseModelSchema = z.object({
  kind: purchaseModelKindSchema,
  params: z.record(z.string(), z.number()),
  logLikelihood: z.number(),
  converged: z.boolean(),
  /** Likelihood evaluations the fit used. */
  evaluations: z.number().int(),
  /** The fit found no sign of dropout and the NBD limit was fitted (BG/NBD a = b = 0, Pareto/NBD s = β = 0). */
  noDropout: z.boolean().default(false),
  holdout: holdoutErrorsSchema.nullable(),
  /** Mean holdout purchases per calibration frequency, made and expected (empty without a holdout). */
  byFrequency: z.array(byFrequencySchema),
});
export type FittedPurchaseModel = z.infer<typeof fittedPurchaseModelSchema>;

const clvResultObject = z.object({
  unit: z.enum(['days', 'weeks']),
  calibrationEnd: z.string(),
  holdoutEnd: z.string().nullable(),
  customers: z.number().int(),
  repeatCustomers: z.number().int(),
  /** The model the values and segments come from, and why: the smallest holdout error per customer, the user's choice, or the default without a holdout. */
  purchaseModel: z.object({
    kind: purchaseModelKindSchema,
    chosenBy: z.enum(['holdout', 'user', 'default']),
  }),
  /** Every purchase model fitted: all three with a holdout, else the one used (in PURCHASE_MODELS order). */
  models: z.array(fittedPurchaseModelSchema),
  /** Models that could not be fitted (with a holdout, the others are compared without them). */
  modelFailures: z
    .array(z.object({ kind: purchaseModelKindSchema, code: z.string(), message: z.string() }))
    .default([]),
  /** Without a holdout: the last third of the history, proposed as one (calibration to `calibrationEnd`, holdout to `holdoutEnd`); null when the history is too short or a holdout is set. */
  proposedHoldout: z.object({ calibrationEnd: z.string(), holdoutEnd: z.string() }).nullable(),
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
  /** Per segment (by index): customers, predicted value (sum and mean CLV) and past revenue (the calibration period's). */
  segmentValues: z.array(
    z.object({ customers: z.number().int(), clv: z.number(), meanClv: z.number(), pastRevenue: z.number() }),
  ),
  /** The churn-risk list: its rule (chance still active below `alive`, in the top `top` share by past revenue or predicted value), the value floors of those shares, how many it holds and what they are worth. */
  churn: z.object({
    alive: z.number(),
    top: z.number(),
    pastRevenueFloor: z.number(),
    clvFloor: z.number(),
    customers: z.number().int(),
    /** What the customers on the list spent in the calibration period, and their predicted value (left out in runs made before they were kept). */
    pastRevenue: z.number().optional(),
    clv: z.number().optional(),
  }),
  /** Next purchases: the horizon they are looked for in (days after the calibration end) and how many customers are expected to buy within it (50 % chance). */
  nextPurchase: z.object({ horizonDays: z.number().int(), withinHorizon: z.number().int() }),
  /** Things the user should know: a frequency–spend correlation, spends left out, a fit that stopped early, no sign of dropout (the NBD limit: a = b = 0, everyone alive). */
  warnings: z.array(
    z.object({ code: z.enum(['correlation', 'nonPositive', 'notConverged', 'noDropout']), value: z.number() }),
  ),
  /** The chosen model's validation. */
  validation: z.object({
    byFrequency: z.array(byFrequencySchema),
    cumulative: z.array(cumulativeSchema),
    errors: holdoutErrorsSchema.nullable(),
  }),
  /** The chosen model's P(alive) by frequency and recency at T. */
  pAlive: z.object({
    T: z.number(),
    frequency: z.array(z.number()),
    recency: z.array(z.number()),
    values: z.array(z.array(z.number())),
  }),
});

/**
 * A run stored before the three purchase models (BG/NBD only, its parameters under `bgnbd`) read
 * as one: BG/NBD chosen by the user, its holdout errors the validation's, no churn list or next purchases.
 */
function upgradeStored(value: unknown): unknown {
  if (!value || typeof value !== 'object' || 'purchaseModel' in value || !('bgnbd' in value)) return value;
  const old = value as Record<string, unknown> & {
    bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; converged: boolean };
    validation: { byFrequency: unknown[]; errors: unknown };
    customers: number;
    settings: { horizon: number };
  };
  const { r, alpha, a, b, logLikelihood, converged } = old.bgnbd;
  const { bgnbd: _bgnbd, ...rest } = old;
  return {
    ...rest,
    purchaseModel: { kind: 'bgnbd', chosenBy: 'user' },
    models: [
      {
        kind: 'bgnbd',
        params: { r, alpha, a, b },
        logLikelihood,
        converged,
        evaluations: 0,
        noDropout: a === 0,
        holdout: old.validation.errors,
        byFrequency: old.validation.byFrequency,
      },
    ],
    proposedHoldout: null,
    segmentValues: [],
    churn: { alive: 0, top: 0, pastRevenueFloor: 0, clvFloor: 0, customers: 0 },
    nextPurchase: { horizonDays: 0, withinHorizon: 0 },
  };
}

/** What a CLV run found: the purchase models' fits and the choice between them, Gamma-Gamma, warnings, the validation, the P(alive) matrix, the churn list and next purchases. */
export const clvResultSchema = z.preprocess(upgradeStored, clvResultObject);
export type ClvResult = z.infer<typeof clvResultObject>;

/** The chosen model's fit. */
export const chosenModel = (result: ClvResult): FittedPurchaseModel =>
  result.models.find((m) => m.kind === result.purchaseModel.kind) ?? result.models[0];
