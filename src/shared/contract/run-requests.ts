import { z } from 'zod';
import { chooseKResultSchema, clusterSpecSchema } from '../cluster';
import { membersExportSchema } from '../exports';
import { pageQuerySchema } from '../explore';
import { arrowPageSchema, isoDaySchema, ok, request } from './request';
import { idSchema, jobIdSchema, nameSchema, runInfoSchema } from '../schemas';
import {
  bandsRequestSchema,
  modelSpecSchema,
  ruleFieldInfoSchema,
  ruleTemplateInfoSchema,
  runResultSchema,
  segmentRuleSchema,
} from '../segments';

/** Segmentation runs: create, read, edit, re-apply, and the rule builder and clustering helpers. */
export const runRequests = [
  request(
    'run:create',
    z
      .object({
        datasetId: idSchema,
        spec: modelSpecSchema,
        name: nameSchema.optional(),
        replaceRunId: idSchema.optional(),
        jobId: jobIdSchema,
      })
      .strict(),
    z.object({ run: runInfoSchema, result: runResultSchema }),
  ),
  request(
    'run:get',
    z.object({ runId: idSchema }).strict(),
    z.object({
      run: runInfoSchema,
      spec: modelSpecSchema,
      result: runResultSchema,
      notes: z.record(z.string(), z.string()),
    }),
  ),
  request(
    'run:members',
    z
      .object({
        runId: idSchema,
        query: pageQuerySchema,
        segment: z.number().int().min(0).max(100).optional(),
        /** Only the customers on a list the run made (a CLV run's churn-risk list), as the members export takes it. */
        only: membersExportSchema.shape.only,
        /** Only the customers on a cross-sell list kept with the run. */
        listId: membersExportSchema.shape.listId,
      })
      .strict(),
    arrowPageSchema,
  ),
  request(
    'rules:fields',
    z
      .object({
        datasetId: idSchema,
        analysisDate: isoDaySchema.optional(),
      })
      .strict(),
    z.object({
      customers: z.number().int(),
      fields: z.array(ruleFieldInfoSchema),
      templates: z.array(ruleTemplateInfoSchema),
    }),
  ),
  request(
    'rules:counts',
    z
      .object({
        datasetId: idSchema,
        rules: z.array(segmentRuleSchema).min(1).max(60),
        analysisDate: isoDaySchema.optional(),
      })
      .strict(),
    z.object({ counts: z.array(z.number().int()), others: z.number().int() }),
  ),
  request(
    'rules:bands',
    z
      .object({
        datasetId: idSchema,
        bands: bandsRequestSchema,
        analysisDate: isoDaySchema.optional(),
      })
      .strict(),
    z.object({ rules: z.array(segmentRuleSchema) }),
  ),
  request(
    'run:setNote',
    z.object({ runId: idSchema, segmentKey: z.string().min(1).max(40), notes: z.string().max(4000) }).strict(),
    z.object({ notes: z.record(z.string(), z.string()) }),
  ),
  request('run:rename', z.object({ runId: idSchema, name: nameSchema }).strict(), runInfoSchema),
  request(
    'run:reapply',
    z
      .object({
        runId: idSchema,
        analysisDate: isoDaySchema.optional(),
        windowDays: z.number().int().min(1).max(36_500).optional(),
        recompute: z.boolean().optional(),
        datasetId: idSchema.optional(),
        name: nameSchema.optional(),
        jobId: jobIdSchema,
      })
      .strict(),
    z.object({ run: runInfoSchema, result: runResultSchema }),
  ),
  request('run:delete', z.object({ runId: idSchema, confirm: z.literal(true) }).strict(), ok),
  request(
    'cluster:chooseK',
    z
      .object({
        datasetId: idSchema,
        spec: clusterSpecSchema,
        kMin: z.number().int().min(2).max(29).default(2),
        kMax: z.number().int().min(3).max(30).default(10),
        jobId: jobIdSchema,
      })
      .strict(),
    chooseKResultSchema,
  ),
] as const;
