import type { JobContext, WorkerConfig } from '../../src/main/worker/protocol';

/** A job context for calling a worker job directly: no progress shown, never cancelled. */
export function quietJobContext(config: WorkerConfig = {}): JobContext {
  return {
    config,
    isCancelled: () => false,
    throwIfCancelled: () => undefined,
    progress: () => undefined,
  };
}
