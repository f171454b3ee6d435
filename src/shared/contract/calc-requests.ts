import { z } from 'zod';
import { addColumnRequestSchema, calcDefinitionSchema, calcPreviewSchema } from '../calc/calculated-column';
import { datasetInfoSchema, idSchema } from '../schemas';
import { request } from './request';

/** Calculated columns: a preview while the dialog is edited, adding one, removing one. */
export const calcRequests = [
  request(
    'dataset:previewColumn',
    z.object({ datasetId: idSchema, definition: calcDefinitionSchema, rows: z.number().int().min(1).max(50) }).strict(),
    calcPreviewSchema,
  ),
  request(
    'dataset:addColumn',
    z.object({ datasetId: idSchema, column: addColumnRequestSchema }).strict(),
    datasetInfoSchema,
  ),
  request(
    'dataset:dropColumn',
    z.object({ datasetId: idSchema, column: z.string().min(1), confirm: z.literal(true) }).strict(),
    datasetInfoSchema,
  ),
] as const;
