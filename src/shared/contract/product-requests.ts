import { z } from 'zod';
import {
  basketResultSchema,
  basketSpecSchema,
  crossSellSpecSchema,
  nonProductCodesSchema,
  nonProductSettingsSchema,
  runProductsSchema,
  targetListSchema,
} from '../products';
import { ok, request } from './request';
import { idSchema, jobIdSchema, nameSchema } from '../schemas';

/** What each segment buys, what sells together, and cross-sell lists kept with a run. */
export const productRequests = [
  // Products and categories per segment of a run, with their lift against all customers.
  request('products:run', z.object({ runId: idSchema, jobId: jobIdSchema }).strict(), runProductsSchema),
  // The dataset's codes that are not products (the defaults until edited).
  request('products:nonProducts', z.object({ datasetId: idSchema }).strict(), nonProductSettingsSchema),
  // Sets them; null goes back to the defaults.
  request(
    'products:setNonProducts',
    z.object({ datasetId: idSchema, codes: nonProductCodesSchema.nullable() }).strict(),
    nonProductSettingsSchema,
  ),
  // Association rules over the orders of a dataset (or of one segment of a run).
  request('basket:rules', basketSpecSchema.extend({ jobId: jobIdSchema }).strict(), basketResultSchema),
  // How many customers a cross-sell list would hold, before it is kept.
  request(
    'lists:preview',
    z.object({ runId: idSchema, spec: crossSellSpecSchema, jobId: jobIdSchema }).strict(),
    z.object({ customers: z.number().int() }),
  ),
  request(
    'lists:create',
    z.object({ runId: idSchema, spec: crossSellSpecSchema, name: nameSchema.optional(), jobId: jobIdSchema }).strict(),
    targetListSchema,
  ),
  request('lists:list', z.object({ runId: idSchema }).strict(), z.object({ lists: z.array(targetListSchema) })),
  request('lists:delete', z.object({ listId: idSchema, confirm: z.literal(true) }).strict(), ok),
] as const;
