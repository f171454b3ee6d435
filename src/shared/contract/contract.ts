import type { z } from 'zod';
import { AppError, type Result } from '../errors';
import { appRequests } from './app-requests';
import { calcRequests } from './calc-requests';
import { campaignRequests } from './campaign-requests';
import { datasetRequests } from './dataset-requests';
import type { EventName, EventPayload } from './events';
import { exportRequests } from './export-requests';
import { overviewRequests } from './overview-requests';
import { presetRequests } from './preset-requests';
import { productRequests } from './product-requests';
import { runRequests } from './run-requests';

/**
 * The one contract: every renderer→main request, named `domain:action`, with the zod
 * schema of its input and output. Electron IPC, the Playwright host bridge and the CLI all
 * answer these through the same dispatcher. It is assembled from one part per domain.
 */
export const requests = [
  ...appRequests,
  ...datasetRequests,
  ...calcRequests,
  ...runRequests,
  ...campaignRequests,
  ...exportRequests,
  ...overviewRequests,
  ...productRequests,
  ...presetRequests,
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
