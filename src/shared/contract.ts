import { z } from 'zod';
import { AppError, type Result } from './errors';
import { columnStatsSchema, joinStatsSchema, pageQuerySchema } from './explore';
import { chooseKResultSchema, clusterSpecSchema } from './cluster';
import { comparisonSchema } from './compare';
import { campaignColumnsSchema, sampleSizeRequestSchema, sampleSizeSchema, savedCampaignSchema } from './campaign';
import {
  exportColumnSchema,
  exportResultSchema,
  membersExportSchema,
  reportOptionsSchema,
  summaryExportSchema,
} from './exports';
import { importSettingsSchema, inspectResultSchema } from './import-settings';
import {
  bandsRequestSchema,
  modelSpecSchema,
  ruleFieldInfoSchema,
  ruleTemplateInfoSchema,
  runResultSchema,
  segmentRuleSchema,
} from './segments';
import {
  appInfoSchema,
  currencySchema,
  datasetInfoSchema,
  idSchema,
  jobIdSchema,
  languageSchema,
  nameSchema,
  recentWorkspaceSchema,
  runInfoSchema,
  settingsSchema,
  workspaceInfoSchema,
} from './schemas';

/**
 * The one contract: every renderer→main request, named `domain:action`, with the zod
 * schema of its input and output. Electron IPC, the Playwright host bridge and the CLI all
 * answer these through the same dispatcher.
 */
function request<N extends string, I extends z.ZodType, O extends z.ZodType>(name: N, input: I, output: O) {
  return { name, input, output } as const;
}

const none = z.object({}).strict();
/** A file the user chose, named by a token: paths never come from the renderer. */
const tokenSchema = z.string().uuid();
const chosenFileSchema = z.object({ token: tokenSchema, fileName: z.string() });
const ok = z.object({ ok: z.literal(true) });
/** Arrow IPC bytes: a Uint8Array in every transport (the test bridge encodes them). */
export const arrowBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array,
  'Expected Arrow IPC bytes (Uint8Array)',
);

export const requests = [
  request('app:info', none, appInfoSchema),
  request('settings:get', none, settingsSchema),
  request('settings:set', z.object({ language: languageSchema }).strict(), settingsSchema),

  request('workspace:new', none, workspaceInfoSchema.nullable()),
  request('workspace:open', none, workspaceInfoSchema.nullable()),
  request('workspace:openRecent', z.object({ path: z.string().min(1).max(4096) }).strict(), workspaceInfoSchema),
  request('workspace:openDemo', z.object({ jobId: jobIdSchema }).strict(), workspaceInfoSchema),
  request('workspace:current', none, workspaceInfoSchema.nullable()),
  request('workspace:saveAs', none, workspaceInfoSchema.nullable()),
  request('workspace:duplicate', none, z.object({ path: z.string() }).nullable()),
  request('workspace:close', none, ok),
  request('workspace:recent', none, z.array(recentWorkspaceSchema)),
  request(
    'workspace:forgetRecent',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.array(recentWorkspaceSchema),
  ),

  request('import:choose', none, chosenFileSchema.nullable()),
  // A file dropped on the window; its path comes from the preload (webUtils), never from the page (see PRELOAD_ONLY).
  request('import:drop', z.object({ path: z.string().min(1).max(4096) }).strict(), chosenFileSchema),
  request(
    'import:inspect',
    z.object({ token: tokenSchema, jobId: jobIdSchema, settings: importSettingsSchema }).strict(),
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
  request(
    'dataset:page',
    z.object({ datasetId: idSchema, query: pageQuerySchema }).strict(),
    z.object({ total: z.number().int().nonnegative(), arrow: arrowBytesSchema }),
  ),
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
  request('dataset:delete', z.object({ datasetId: idSchema, confirm: z.literal(true) }).strict(), ok),

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
      .object({ runId: idSchema, query: pageQuerySchema, segment: z.number().int().min(0).max(100).optional() })
      .strict(),
    z.object({ total: z.number().int().nonnegative(), arrow: arrowBytesSchema }),
  ),
  request(
    'rules:fields',
    z
      .object({
        datasetId: idSchema,
        analysisDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
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
        analysisDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
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
        analysisDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
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
        analysisDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        windowDays: z.number().int().min(1).max(36_500).optional(),
        recompute: z.boolean().optional(),
        datasetId: idSchema.optional(),
        name: nameSchema.optional(),
        jobId: jobIdSchema,
      })
      .strict(),
    z.object({ run: runInfoSchema, result: runResultSchema }),
  ),
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
      .object({ runId: idSchema, token: tokenSchema, columns: campaignColumnsSchema.default({}), jobId: jobIdSchema })
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
    'report:preview',
    z.object({ runId: idSchema, options: reportOptionsSchema, jobId: jobIdSchema }).strict(),
    z.object({ html: z.string() }),
  ),
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

  request('job:cancel', z.object({ jobId: jobIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
] as const;

export type RequestEntry = (typeof requests)[number];
export type RequestName = RequestEntry['name'];
type EntryOf<N extends RequestName> = Extract<RequestEntry, { name: N }>;
/** What a caller sends (defaults may be omitted). */
export type InputOf<N extends RequestName> = z.input<EntryOf<N>['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<N extends RequestName> = z.output<EntryOf<N>['input']>;
export type OutputOf<N extends RequestName> = z.output<EntryOf<N>['output']>;

export interface RequestSchemas {
  name: string;
  input: z.ZodType;
  output: z.ZodType;
}

/** Indexes the entries by name; a duplicate name is an error at start-up. */
export function indexContract(entries: readonly RequestSchemas[]): ReadonlyMap<string, RequestSchemas> {
  const map = new Map<string, RequestSchemas>();
  for (const entry of entries) {
    if (!/^[a-z]+:[a-zA-Z]+$/.test(entry.name)) {
      throw new AppError('E_INVALID_INPUT', `Request name "${entry.name}" is not of the form domain:action`);
    }
    if (map.has(entry.name)) {
      throw new AppError('E_DUPLICATE_CHANNEL', `Request "${entry.name}" is declared twice`);
    }
    map.set(entry.name, entry);
  }
  return map;
}

export const contract = indexContract(requests);

// ---------------------------------------------------------------------------------------
// Events: main → renderer.

const errorDataSchema = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
const progressMessageSchema = z.object({
  /** i18n key under `progress.` */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ProgressMessage = z.infer<typeof progressMessageSchema>;

export const MENU_COMMANDS = [
  'workspace:new',
  'workspace:open',
  'workspace:openRecent',
  'workspace:close',
  'workspace:saveAs',
  'workspace:duplicate',
  'dataset:import',
  'export:open',
  'app:about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const events = {
  'job:progress': z.object({
    jobId: z.string(),
    kind: z.string(),
    fraction: z.number().min(0).max(1),
    message: progressMessageSchema,
  }),
  'job:done': z.object({ jobId: z.string(), kind: z.string() }),
  'job:failed': z.object({ jobId: z.string(), kind: z.string(), error: errorDataSchema }),
  'workspace:changed': z.object({ path: z.string().nullable() }),
  /** Something the page did not ask for went wrong (a file handed over by the system could not be opened). */
  'app:error': z.object({ error: errorDataSchema }),
  'menu:command': z.object({ command: z.enum(MENU_COMMANDS), path: z.string().optional() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The whole surface the preload exposes as `window.api`, and nothing else. */
/**
 * Requests the page cannot make itself: only the preload's own functions send them (a dropped
 * file's path is read from the File object in the preload, so the page never names a path).
 */
export const PRELOAD_ONLY: ReadonlySet<string> = new Set<RequestName>(['import:drop']);

export interface SegmentDeskApi {
  invoke<N extends RequestName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** A file dropped on the window, registered for import (its path never reaches the page). */
  dropFile(file: File): Promise<Result<OutputOf<'import:drop'>>>;
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
