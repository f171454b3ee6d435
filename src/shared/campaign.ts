import { z } from 'zod';

const groupSchema = z.object({
  customers: z.number().int(),
  responders: z.number().int(),
  rate: z.number().nullable(),
  revenuePerCustomer: z.number().nullable(),
});
const intervalSchema = z.tuple([z.number(), z.number()]).nullable();

/** A campaign's results per segment of a run (see engine/stats/campaign). */
export const campaignResultsSchema = z.object({
  segments: z.array(
    z.object({
      /** The run's segment key, or "(all)". */
      segment: z.string(),
      test: groupSchema,
      control: groupSchema,
      uplift: z.number().nullable(),
      upliftCi: intervalSchema,
      relativeUplift: z.number().nullable(),
      relativeCi: intervalSchema,
      zTest: z.object({ z: z.number(), p: z.number() }).nullable(),
      chiSquare: z.object({ chi2: z.number(), p: z.number() }).nullable(),
      revenue: z.object({ difference: z.number(), t: z.number(), df: z.number(), p: z.number() }).nullable(),
    }),
  ),
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

/** Significance level the Campaign page marks results at. */
export const SIGNIFICANCE = 0.05;
