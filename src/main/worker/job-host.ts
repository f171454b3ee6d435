import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Emit } from '../../shared/contract';
import { AppError, type ErrorData } from '../../shared/errors';
import type { JobKind, JobTypes } from './jobs';
import type { FromWorker, ToWorker, WorkerConfig } from './protocol';
import { phase } from '../phase-marks';

interface Pending {
  kind: string;
  cancelFlag: Int32Array;
  resolve(value: unknown): void;
  reject(error: AppError): void;
}

export interface JobHostOptions {
  /** The built worker entry (out/main/worker.js). */
  workerPath: string;
  config?: WorkerConfig;
  emit: Emit;
}

/**
 * The main-thread side of the job protocol. One worker thread, started on first use and
 * restarted after a crash; each job is a promise plus progress events; cancel sets a shared
 * flag the worker polls, so it takes effect even while the worker is busy.
 */
export class JobHost {
  private worker: Worker | null = null;
  private readonly pending = new Map<string, Pending>();
  private readonly settled = new Set<Promise<unknown>>();

  constructor(private readonly options: JobHostOptions) {}

  run<K extends JobKind>(
    kind: K,
    input: JobTypes[K]['input'],
    jobId: string = randomUUID(),
  ): Promise<JobTypes[K]['result']> {
    if (this.pending.has(jobId))
      return Promise.reject(new AppError('E_INVALID_INPUT', `Job ${jobId} is already running`));
    const cancelFlag = new SharedArrayBuffer(4);
    const result = new Promise<JobTypes[K]['result']>((resolve, reject) => {
      this.pending.set(jobId, {
        kind,
        cancelFlag: new Int32Array(cancelFlag),
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      const message: ToWorker = { type: 'start', jobId, kind, input, cancelFlag };
      this.ensureWorker().postMessage(message);
    });
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    this.settled.add(done);
    void done.then(() => this.settled.delete(done));
    return result;
  }

  /** Resolves when every job started so far has finished, failed or been cancelled. */
  async idle(): Promise<void> {
    await Promise.all(this.settled);
  }

  /** Asks a running job to stop; it then fails with E_CANCELLED and its transaction is rolled back. */
  cancel(jobId: string): boolean {
    const job = this.pending.get(jobId);
    if (!job) return false;
    Atomics.store(job.cancelFlag, 0, 1);
    return true;
  }

  /** Starts the worker now (it loads while the caller does other work); the first job would start it anyway. */
  start(): void {
    this.ensureWorker();
  }

  cancelAll(): void {
    for (const id of this.pending.keys()) this.cancel(id);
  }

  get running(): number {
    return this.pending.size;
  }

  async dispose(): Promise<void> {
    this.cancelAll();
    const worker = this.worker;
    this.worker = null;
    this.failAll({ code: 'E_CANCELLED', message: 'The application is closing.' });
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    phase('worker:start');
    const worker = new Worker(this.options.workerPath, { workerData: this.options.config ?? {} });
    worker.on('message', (message: FromWorker) => this.onMessage(message));
    worker.on('error', (err) => {
      if (this.worker === worker) this.worker = null;
      this.failAll({ code: 'E_WORKER_CRASHED', message: `The computation worker stopped: ${err.message}` });
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (code !== 0)
        this.failAll({ code: 'E_WORKER_CRASHED', message: `The computation worker exited with code ${code}.` });
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(message: FromWorker): void {
    const job = this.pending.get(message.jobId);
    if (!job) return;
    const { emit } = this.options;
    if (message.type === 'progress') {
      emit('job:progress', {
        jobId: message.jobId,
        kind: job.kind,
        fraction: message.fraction,
        message: message.message,
      });
      return;
    }
    this.pending.delete(message.jobId);
    if (message.type === 'result') {
      emit('job:done', { jobId: message.jobId, kind: job.kind });
      job.resolve(message.value);
    } else {
      emit('job:failed', { jobId: message.jobId, kind: job.kind, error: message.error });
      job.reject(new AppError(message.error.code, message.error.message, message.error.details));
    }
  }

  private failAll(error: ErrorData): void {
    for (const [jobId, job] of this.pending) {
      this.options.emit('job:failed', { jobId, kind: job.kind, error });
      job.reject(new AppError(error.code, error.message));
    }
    this.pending.clear();
  }
}
