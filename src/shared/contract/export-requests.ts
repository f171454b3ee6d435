import { z } from 'zod';
import {
  exportColumnSchema,
  exportResultSchema,
  membersExportSchema,
  logoSchema,
  reportOptionsSchema,
  reportSettingsSchema,
  summaryExportSchema,
} from '../exports';
import { request } from './request';
import { sqlExportSchema } from '../sql-export';
import { idSchema, jobIdSchema } from '../schemas';

/** Exports and the report: members, summary, report, charts. */
export const exportRequests = [
  request('export:columns', z.object({ runId: idSchema }).strict(), z.object({ columns: z.array(exportColumnSchema) })),
  // Exports ask the user where to save (a save dialog); null when they cancelled.
  request(
    'export:members',
    z.object({ runId: idSchema, options: membersExportSchema, jobId: jobIdSchema }).strict(),
    exportResultSchema.nullable(),
  ),
  request(
    'export:summary',
    z.object({ runId: idSchema, options: summaryExportSchema }).strict(),
    exportResultSchema.nullable(),
  ),
  request(
    'export:sql',
    z.object({ runId: idSchema, options: sqlExportSchema }).strict(),
    exportResultSchema.nullable(),
  ),
  request(
    'report:preview',
    z.object({ runId: idSchema, options: reportOptionsSchema, jobId: jobIdSchema }).strict(),
    z.object({ html: z.string() }),
  ),
  request('report:settings', z.object({ runId: idSchema }).strict(), reportSettingsSchema),
  // The logo comes from an open dialog; null when the user cancelled.
  request('report:chooseLogo', z.object({}).strict(), z.object({ logo: logoSchema }).nullable()),
  request(
    'export:report',
    z
      .object({ runId: idSchema, format: z.enum(['html', 'pdf']), options: reportOptionsSchema, jobId: jobIdSchema })
      .strict(),
    exportResultSchema.nullable(),
  ),
  request(
    'export:chart',
    z
      .object({
        format: z.enum(['png', 'svg']),
        /** The image's bytes (SVG as UTF-8), at most 32 MiB. */
        data: z.custom<Uint8Array>(
          (v) => v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= 32 * 1024 * 1024,
          'Expected image bytes (Uint8Array, at most 32 MiB)',
        ),
        name: z.string().trim().min(1).max(120),
      })
      .strict(),
    exportResultSchema.nullable(),
  ),
] as const;
