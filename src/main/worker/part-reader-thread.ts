import { Worker } from 'node:worker_threads';
import { AppError, type ErrorData } from '../../shared/errors';
import type { PartReader } from '../engine/io/read-part';
import type { PartRows } from '../engine/io/raw-table';

/** A PartReader that runs each part in a fresh helper thread started from `script` (the built part-thread.js). */
export function partReaderThread(script: string): PartReader {
  return (job) => {
    const cancelFlag = new SharedArrayBuffer(4);
    const worker = new Worker(script);
    let done = false;
    const result = new Promise<PartRows>((resolve, reject) => {
      worker.once('message', (message: { ok: true; part: PartRows } | { ok: false; error: ErrorData }) => {
        done = true;
        if (message.ok) resolve(message.part);
        else reject(new AppError(message.error.code, message.error.message, message.error.details));
      });
      worker.once('error', (err) => reject(new AppError('E_WORKER_CRASHED', `The part reader stopped: ${err.message}`)));
      worker.once('exit', (code) => {
        if (!done) reject(new AppError('E_WORKER_CRASHED', `The part reader exited with code ${code}.`));
      });
    });
    // The caller may never await a part it gave up on.
    result.catch(() => undefined);
    worker.postMessage({ job, cancelFlag });
    return {
      result,
      cancel() {
        if (done) return;
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        void worker.terminate();
      },
    };
  };
}
