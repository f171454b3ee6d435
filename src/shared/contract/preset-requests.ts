import { z } from 'zod';
import { contactFieldSchema, presetCountsSchema, presetExportSchema, presetResultSchema } from '../presets';
import { request, tokenSchema } from './request';
import { idSchema, jobIdSchema } from '../schemas';

/** What a preset export would write, before the save dialog: the counts, the contact columns found, what is missing. */
export const presetCheckSchema = z.object({
  counts: presetCountsSchema,
  /** The contact fields the run's customers have, each with the column it comes from. */
  contacts: z.partialRecord(contactFieldSchema, z.string()),
  /** The identifier the preset cannot do without, when the data has no column for it (nothing can be written); else null. */
  needs: z.enum(['email', 'phone', 'emailOrPhone']).nullable(),
});
export type PresetCheck = z.infer<typeof presetCheckSchema>;

/** Export presets for e-mail, SMS and ad platforms (issue 27). The suppression file is chosen with import:choose. */
export const presetRequests = [
  request(
    'export:presetCheck',
    z
      .object({
        runId: idSchema,
        options: presetExportSchema,
        suppressionToken: tokenSchema.optional(),
        jobId: jobIdSchema,
      })
      .strict(),
    presetCheckSchema,
  ),
  // Asks where to save (a save dialog); null when the user cancelled.
  request(
    'export:preset',
    z
      .object({
        runId: idSchema,
        options: presetExportSchema,
        suppressionToken: tokenSchema.optional(),
        jobId: jobIdSchema,
      })
      .strict(),
    presetResultSchema.nullable(),
  ),
] as const;
