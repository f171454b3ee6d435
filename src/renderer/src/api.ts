import type { EventName, EventPayload, InputOf, OutputOf, RequestName, SegmentDeskApi } from '../../shared/contract';
import type { ErrorData } from '../../shared/errors';

declare global {
  interface Window {
    api: SegmentDeskApi;
  }
}

/** An error that came back from main as data. */
export class ApiError extends Error {
  readonly code: string;
  readonly details?: unknown;
  constructor(error: ErrorData) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

/** The typed client: resolves with the output or throws an ApiError. */
export async function call<N extends RequestName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await window.api.invoke(name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Registers a file dropped on the window for import. */
export async function dropFile(file: File): Promise<OutputOf<'import:drop'>> {
  const result = await window.api.dropFile(file);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.api.on(event, listener);
}

export function newJobId(): string {
  return crypto.randomUUID();
}
