import type { WorkerConfig } from '../worker/protocol';
import { threadPaths } from '../worker/thread-paths';
import type { ServiceDeps } from './service-deps';

/** What the service's worker is started with: its helper threads' scripts beside it, and the service's settings. */
export function workerConfig(deps: ServiceDeps): WorkerConfig {
  const threads = threadPaths(deps.workerPath);
  return {
    nativeBinding: deps.nativeBinding,
    partReaderPath: threads.partThreadPath,
    kernelThreadPath: threads.kernelThreadPath,
    digestThreadPath: threads.digestThreadPath,
    xlsxSheetRows: deps.xlsxSheetRows,
    summaryShareCells: deps.summaryShareCells,
    threadsAhead: deps.threadsAhead ?? true,
  };
}
