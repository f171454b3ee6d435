import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorData } from '../../shared/errors';
import { storageError } from '../store/storage-error';
import { jobs, type JobKind } from './jobs';
import { releaseKernelMemory } from '../engine/cluster/kernel-space';
import type { FromWorker, JobContext, ToWorker, WorkerConfig } from './protocol';
import { phase } from '../phase-marks';

phase('worker:loaded');
/** Worker entry: runs jobs, reports progress, honours cancel through the shared flag. */
const port = parentPort;
if (!port) throw new Error('The SegmentDesk worker must run in a worker thread');
const config = (workerData ?? {}) as WorkerConfig;
const PROGRESS_INTERVAL_MS = 50;
// In the app a helper thread waits, loaded, for the next large import (see partReaderThread), and
// the kernel thread for the next clustering. A command (threadsAhead false) starts the part reader
// when a job that reads a file arrives, to load while the job's code does; the kernel thread with
// the clustering that needs it.
const ahead = config.threadsAhead !== false;
const READS_FILES = new Set<string>(['dataset:import', 'dataset:append', 'dataset:inspect']);
// The thread pools are loaded as modules of their own, shared with the jobs that use them.
const warmPartReader = (script: string | undefined) =>
  script && void import('./part-reader-thread').then((m) => m.warmPartReader(script));
const warmKernelThread = (script: string | undefined) =>
  script && void import('./kernel-pool').then((m) => m.warmKernelThread(script));
if (ahead) warmPartReader(config.partReaderPath);
if (ahead) warmKernelThread(config.kernelThreadPath);

function post(message: FromWorker): void {
  port!.postMessage(message);
}

/** Jobs under way (a grid page may be served while an import runs). */
let running = 0;

async function runJob(message: ToWorker): Promise<void> {
  running++;
  const flag = new Int32Array(message.cancelFlag);
  let lastProgress = 0;
  const ctx: JobContext = {
    config,
    isCancelled: () => Atomics.load(flag, 0) !== 0,
    throwIfCancelled() {
      if (Atomics.load(flag, 0) !== 0) throw new AppError('E_CANCELLED', 'The job was cancelled.');
    },
    progress(fraction, progressMessage) {
      const now = Date.now();
      if (fraction < 1 && fraction > 0 && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      post({
        type: 'progress',
        jobId: message.jobId,
        fraction: Math.min(1, Math.max(0, fraction)),
        message: progressMessage,
      });
    },
  };
  try {
    if (!ahead && READS_FILES.has(message.kind)) warmPartReader(config.partReaderPath);
    const load = Object.hasOwn(jobs, message.kind) ? jobs[message.kind as JobKind] : undefined;
    if (!load) throw new AppError('E_INVALID_INPUT', `Unknown job kind: ${message.kind}`);
    const job = (await load()) as (input: unknown, ctx: JobContext) => Promise<unknown>;
    phase(message.kind);
    const value = await job(message.input, ctx);
    phase(`${message.kind}:done`);
    post({ type: 'result', jobId: message.jobId, value });
  } catch (err) {
    post({ type: 'error', jobId: message.jobId, error: toErrorData(storageError(err)) });
  }
  // Between jobs, not during one: the helper thread a large import used is replaced once no job
  // runs, and the k-means kernel memory is let go.
  running--;
  if (running === 0) releaseKernelMemory();
  if (running === 0 && ahead) warmPartReader(config.partReaderPath);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'start') void runJob(message);
});
