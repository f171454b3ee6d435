import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../../shared/schemas';

const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const stateSchema = z.object({
  language: languageSchema.nullable().catch(null).default(null),
  recent: z
    .array(z.object({ path: z.string(), openedAt: z.string() }))
    .catch([])
    .default([]),
  window: windowStateSchema.optional().catch(undefined),
});
export type AppState = z.infer<typeof stateSchema>;

export const MAX_RECENT = 10;

/**
 * The app's own small state (language, recent workspaces, window size) as one JSON file.
 * A missing or damaged file gives the defaults; writes go to a temp file first, then rename.
 */
export class SettingsFile {
  constructor(readonly path: string) {}

  read(): AppState {
    try {
      return stateSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      return stateSchema.parse({});
    }
  }

  update(change: (state: AppState) => AppState): AppState {
    const next = stateSchema.parse(change(this.read()));
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.path);
    return next;
  }

  /** Moves a workspace to the top of the recent list. */
  touchRecent(path: string, now = new Date()): AppState {
    return this.update((s) => ({
      ...s,
      recent: [{ path, openedAt: now.toISOString() }, ...s.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT),
    }));
  }
}
