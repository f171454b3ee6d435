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

const intervalSchema = z.tuple([z.number(), z.number()]).nullable();

/** Test against control in one segment of a run (or in all its customers). */
const campaignSegmentSchema = z.object({
  /** The run's segment key, or "(all)". */
  segment: z.string(),
  test: groupSchema,
  control: groupSchema,
  /** Test − control response rate, and its Wald 95 % interval. */
  uplift: z.number().nullable(),
  upliftCi: intervalSchema,
  /** Test ÷ control − 1, and its log (Katz) 95 % interval. */
  relativeUplift: z.number().nullable(),
  relativeCi: intervalSchema,
  zTest: z.object({ z: z.number(), p: z.number() }).nullable(),
  chiSquare: z.object({ chi2: z.number(), p: z.number() }).nullable(),
  /** Revenue per customer, test − control, by Welch's t-test. */
  revenue: z.object({ difference: z.number(), t: z.number(), df: z.number(), p: z.number() }).nullable(),
});
export type CampaignSegmentInfo = z.infer<typeof campaignSegmentSchema>;

/** A campaign's results per segment of a run (see engine/stats/campaign). */
export const campaignResultsSchema = z.object({
  segments: z.array(campaignSegmentSchema),
  /** Campaign customers the run does not have (counted in "(all)" only). */
  unmatched: z.number().int(),
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
