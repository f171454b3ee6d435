import { z } from 'zod';
import { exportResultSchema, reportOptionsSchema } from '../exports';
import { overviewPeriodSchema, overviewSchema } from '../overview';
import { request } from './request';
import { idSchema, jobIdSchema } from '../schemas';

/** The Overview of a dataset, and the Overview-only report. */
export const overviewRequests = [
  request(
    'overview:get',
    z
      .object({ datasetId: idSchema, period: overviewPeriodSchema.default({ kind: 'auto' }), jobId: jobIdSchema })
      .strict(),
    overviewSchema,
  ),
  // Asks where to save (a save dialog); null when the user cancelled.
  request(
    'overview:export',
    z
      .object({
        datasetId: idSchema,
        period: overviewPeriodSchema.default({ kind: 'auto' }),
        format: z.enum(['html', 'pdf']),
        options: reportOptionsSchema,
        jobId: jobIdSchema,
      })
      .strict(),
    exportResultSchema.nullable(),
  ),
] as const;
