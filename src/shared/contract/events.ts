import { z } from 'zod';

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
