import { z } from 'zod';
import { campaignColumnsSchema, sampleSizeRequestSchema, sampleSizeSchema, savedCampaignSchema } from '../campaign';
import { comparisonSchema } from '../compare';
import { exportResultSchema } from '../exports';
import { controlDrawSchema, countryCodeSchema } from '../presets';
import { request, tokenSchema } from './request';
import { idSchema, jobIdSchema, languageSchema } from '../schemas';

/** Comparing runs and campaigns: migration, moves, test and control groups. */
export const campaignRequests = [
  request(
    'run:compare',
    z.object({ fromRunId: idSchema, toRunId: idSchema, jobId: jobIdSchema }).strict(),
    comparisonSchema,
  ),
  request(
    'run:exportMoves',
    z
      .object({
        fromRunId: idSchema,
        toRunId: idSchema,
        row: z.string().min(1).max(40),
        move: z.enum(['up', 'down', 'stayed', 'new', 'gone']).nullable(),
        lang: languageSchema,
      })
      .strict(),
    exportResultSchema.nullable(),
  ),
  // A campaign results file, chosen with import:choose, compared per segment of a run.
  request(
    'campaign:results',
    z
      .object({
        runId: idSchema,
        token: tokenSchema,
        columns: campaignColumnsSchema.default({}),
        jobId: jobIdSchema,
        /**
         * The Campaigns page's draw the campaign went out with (segments, control share, seed): a
         * platform's results file has no group column, so its test and control groups are drawn again
         * from this (the same seeded draw as campaign:pickGroups and a preset export's excludeControl).
         */
        draw: controlDrawSchema.optional(),
        /** The country of phone numbers in the file written without their country code (customers matched by phone). */
        defaultCountry: countryCodeSchema.optional(),
      })
      .strict(),
    savedCampaignSchema,
  ),
  request(
    'campaign:pickGroups',
    z
      .object({
        runId: idSchema,
        segments: z.array(z.string().min(1).max(40)).min(1).max(60),
        share: z.number().gt(0).lt(1),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1),
        lang: languageSchema,
      })
      .strict(),
    exportResultSchema.nullable(),
  ),
  request(
    'campaign:list',
    z.object({ runId: idSchema }).strict(),
    z.object({ campaigns: z.array(savedCampaignSchema) }),
  ),
  request('campaign:sampleSize', sampleSizeRequestSchema, sampleSizeSchema),
] as const;
