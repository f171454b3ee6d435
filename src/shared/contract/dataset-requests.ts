import { z } from 'zod';
import { columnStatsSchema, joinStatsSchema, pageQuerySchema } from '../explore';
import { importSettingsSchema, inspectResultSchema } from '../import-settings';
import { arrowPageSchema, chosenFileSchema, none, ok, request, tokenSchema } from './request';
import { columnChangeSchema } from '../column-change';
import { datasetChangeRecordSchema } from '../dataset-changes';
import { currencySchema, datasetInfoSchema, idSchema, jobIdSchema, nameSchema } from '../schemas';

/** Importing files and working with datasets. */
export const datasetRequests = [
  request('import:choose', none, chosenFileSchema.nullable()),
  // A file dropped on the window; its path comes from the preload (webUtils), never from the page (see PRELOAD_ONLY).
  request('import:drop', z.object({ path: z.string().min(1).max(4096) }).strict(), chosenFileSchema),
  request(
    'import:inspect',
    z
      .object({
        token: tokenSchema,
        jobId: jobIdSchema,
        settings: importSettingsSchema,
        /** preview (default): the first PREVIEW_ROWS rows; all: every row, so the check's figures are the import's. */
        rows: z.enum(['preview', 'all']).optional(),
      })
      .strict(),
    inspectResultSchema,
  ),
  request(
    'import:run',
    z.object({ token: tokenSchema, jobId: jobIdSchema, settings: importSettingsSchema }).strict(),
    datasetInfoSchema,
  ),
  request(
    'import:append',
    z.object({ token: tokenSchema, jobId: jobIdSchema, datasetId: idSchema, settings: importSettingsSchema }).strict(),
    datasetInfoSchema,
  ),
  request('import:forget', z.object({ token: tokenSchema }).strict(), ok),
  request('dataset:page', z.object({ datasetId: idSchema, query: pageQuerySchema }).strict(), arrowPageSchema),
  request(
    'dataset:stats',
    z.object({ datasetId: idSchema }).strict(),
    z.object({ columns: z.array(columnStatsSchema) }),
  ),
  request(
    'dataset:linkCustomers',
    z.object({ datasetId: idSchema, customersId: idSchema.nullable() }).strict(),
    z.object({ dataset: datasetInfoSchema, match: joinStatsSchema.nullable() }),
  ),
  request('dataset:customerMatch', z.object({ datasetId: idSchema }).strict(), joinStatsSchema.nullable()),
  request('dataset:rename', z.object({ datasetId: idSchema, name: nameSchema }).strict(), datasetInfoSchema),
  request(
    'dataset:setCurrency',
    z.object({ datasetId: idSchema, currency: currencySchema }).strict(),
    datasetInfoSchema,
  ),
  // Meanings after import: a column's role, type or name changed (one transaction, recorded), and the changes listed.
  request(
    'dataset:changeColumn',
    z.object({ datasetId: idSchema, change: columnChangeSchema }).strict(),
    datasetInfoSchema,
  ),
  request(
    'dataset:changes',
    z.object({ datasetId: idSchema }).strict(),
    z.object({ changes: z.array(datasetChangeRecordSchema) }),
  ),
  request('dataset:delete', z.object({ datasetId: idSchema, confirm: z.literal(true) }).strict(), ok),
] as const;
