import { z } from 'zod';

/** One group's (test or control) figures in a campaign. */
const groupSchema = z.object({
  customers: z.number().int(),
  responders: z.number().int(),
  rate: z.number().nullable(),
  /** Mean revenue per customer (customers without a revenue value left out). */
  revenuePerCustomer: z.number().nullable(),
});
export type CampaignGroupInfo = z.infer<typeof groupSchema>;

/** A 95 % interval, or null when it cannot be computed (the segment's `why` says why). */
const intervalSchema = z.tuple([z.number(), z.number()]).nullable();

/**
 * Why a statistic of a segment is empty (null), in the order they are checked:
 * `emptyGroup` nobody of the segment is in the test or in the control group;
 * `noResponders` nobody responded in either group (or, for the relative uplift, in control; for its interval, in one group);
 * `allResponded` everybody responded, so the tests have nothing to tell apart;
 * `noRevenue` the file has no revenue, or fewer than two customers of a group have one (a group of one has no spread);
 * `sameRevenue` every customer of both groups spent the same, so Welch's t divides by zero.
 */
export const campaignGapSchema = z.enum(['emptyGroup', 'noResponders', 'allResponded', 'noRevenue', 'sameRevenue']);
export type CampaignGap = z.infer<typeof campaignGapSchema>;

/** Test against control in one segment of a run (or in all its customers). */
const campaignSegmentSchema = z.object({
  /** The run's segment key, or "(all)". */
  segment: z.string(),
  test: groupSchema,
  control: groupSchema,
  /** Test − control response rate, and its Wald 95 % interval; null when a group is empty. */
  uplift: z.number().nullable(),
  upliftCi: intervalSchema,
  /** Test ÷ control − 1 (null without control responders), and its log (Katz) 95 % interval (null without responders in either group). */
  relativeUplift: z.number().nullable(),
  relativeCi: intervalSchema,
  /** The two-proportion z-test and the chi-square test; null when a group is empty, nobody or everybody responded. */
  zTest: z.object({ z: z.number(), p: z.number() }).nullable(),
  chiSquare: z.object({ chi2: z.number(), p: z.number() }).nullable(),
  /**
   * Revenue per customer, test − control, by Welch's t-test; null when a group has fewer than two
   * revenues. `t`, `df` and `p` are null when every revenue in both groups is the same (no spread).
   */
  revenue: z
    .object({ difference: z.number(), t: z.number().nullable(), df: z.number().nullable(), p: z.number().nullable() })
    .nullable(),
  /** Why each empty statistic is empty (a key per null figure; results saved before it was kept have none). */
  why: z
    .object({
      uplift: campaignGapSchema,
      relative: campaignGapSchema,
      relativeCi: campaignGapSchema,
      tests: campaignGapSchema,
      revenue: campaignGapSchema,
    })
    .partial()
    .default({}),
});
export type CampaignSegmentInfo = z.infer<typeof campaignSegmentSchema>;

/** A campaign's results per segment of a run (see engine/stats/campaign). */
export const campaignResultsSchema = z.object({
  segments: z.array(campaignSegmentSchema),
  /** Campaign customers the run does not have (counted in "(all)" only). */
  unmatched: z.number().int(),
  /** What the file's rows were matched to the run's customers by (results saved before it was kept have none). */
  matchedBy: z.enum(['customerId', 'email', 'phone']).optional(),
});
export type CampaignResultsInfo = z.infer<typeof campaignResultsSchema>;

/** A campaign's results as kept with a run. */
export const savedCampaignSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  results: campaignResultsSchema,
});
export type SavedCampaignInfo = z.infer<typeof savedCampaignSchema>;

/** The campaign file's columns by name (found from the headers when not given). */
export const campaignColumnsSchema = z
  .object({
    customerId: z.string().max(300),
    /** A platform's results name customers by e-mail or phone: matched to the run's contact columns. */
    email: z.string().max(300),
    phone: z.string().max(300),
    group: z.string().max(300),
    responded: z.string().max(300),
    revenue: z.string().max(300),
  })
  .partial()
  .strict();
export type CampaignColumns = z.infer<typeof campaignColumnsSchema>;

export const sampleSizeRequestSchema = z
  .object({
    baseline: z.number().gt(0).lt(1),
    /** Absolute: 0.01 takes 5 % to 6 %. */
    uplift: z.number().gt(0).lt(1),
    alpha: z.number().gt(0).lt(1).default(0.05),
    power: z.number().gt(0).lt(1).default(0.8),
  })
  .strict()
  .refine((r) => r.baseline + r.uplift < 1, {
    message: 'the baseline plus the uplift must stay below 1',
    path: ['uplift'],
  });
export const sampleSizeSchema = z.object({
  h: z.number(),
  n: z.number(),
  perGroup: z.number().int(),
  total: z.number().int(),
});

/** Test and control groups drawn within chosen segments of a run (see engine/stats/control-group). */
export interface GroupSplit {
  /** Per chosen segment (by key): how many went to each group. */
  segments: { segment: string; test: number; control: number }[];
  test: { id: string; segment: string }[];
  control: { id: string; segment: string }[];
}

/** Significance level the Campaign page marks results at. */
export const SIGNIFICANCE = 0.05;
