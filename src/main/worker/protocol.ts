import type { ProgressMessage } from '../../shared/contract';
import type { ErrorData } from '../../shared/errors';
import type { ImportLimits } from '../engine/io/import-limits';

/** Messages of the job protocol between the main thread and the worker. */
export type ToWorker = {
  type: 'start';
  jobId: string;
  kind: string;
  input: unknown;
  /** One Int32 shared with the main thread; non-zero means "cancel". Read without waiting for a message. */
  cancelFlag: SharedArrayBuffer;
};

export type FromWorker =
  | { type: 'progress'; jobId: string; fraction: number; message: ProgressMessage }
  | { type: 'result'; jobId: string; value: unknown }
  | { type: 'error'; jobId: string; error: ErrorData };

export interface WorkerConfig {
  nativeBinding?: string;
  /** The built part-thread.js: large files are then read in two parts at once. */
  partReaderPath?: string;
  /** The built kernel-thread.js: large silhouettes are then computed on two threads. */
  kernelThreadPath?: string;
  /** The built digest-thread.js: an import's file is hashed beside the typing of its columns. */
  digestThreadPath?: string;
  /** Rows an XLSX export's sheet may hold, header included: Excel's 1,048,576 unless a test lowers it. */
  xlsxSheetRows?: number;
  /** Lower limits of what an import may hold (tests); the app uses IMPORT_LIMITS. */
  importLimits?: ImportLimits;
  /** Most customers × values of spend shares a summary keeps (tests lower it); the app uses SUMMARY_SHARE_CELLS. */
  summaryShareCells?: number;
  /** False: the kernel thread starts with the first job that needs it and no spare part reader follows a job (the CLI). */
  threadsAhead?: boolean;
}

/** What a job sees of the protocol. */
export interface JobContext {
  progress(fraction: number, message: ProgressMessage): void;
  isCancelled(): boolean;
  /** Throws E_CANCELLED when cancel was asked for. */
  throwIfCancelled(): void;
  config: WorkerConfig;
}
