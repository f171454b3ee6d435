import { Worker } from 'node:worker_threads';
import { AppError, type ErrorData } from '../../shared/errors';
import type { PartReader } from '../engine/io/read-part';
import type { PartRows } from '../engine/io/raw-table';

/** A started helper thread that has loaded its code and waits for one job. */
interface Spare {
  worker: Worker;
  ready: Promise<void>;
  /** False once the thread has ended (it should not, idle; a spare that did is not used). */
  alive: boolean;
}

/** One spare per script, started ahead so a large import does not wait for a thread to start and load. */
const spares = new Map<string, Spare>();

function startThread(script: string): Spare {
  const worker = new Worker(script);
  // An idle spare never keeps a process alive; a thread given a job is ref'd until it answers.
  worker.unref();
  const spare: Spare = { worker, ready: Promise.resolve(), alive: true };
  spare.ready = new Promise<void>((resolve) => {
    worker.once('message', () => resolve());
    worker.once('error', () => resolve());
    worker.once('exit', () => {
      spare.alive = false;
      resolve();
    });
  });
  return spare;
}

/**
 * Starts a spare part-reader thread for `script` (none when one is waiting already); resolves
 * when it has loaded. The worker calls this when it starts and after each job, so a large
 * import finds a thread ready.
 */
export function warmPartReader(script: string): Promise<void> {
  let spare = spares.get(script);
  if (!spare) {
    spare = startThread(script);
    spares.set(script, spare);
    // A spare that dies idle (it should not) is forgotten, so the next job starts a fresh one.
    spare.worker.once('exit', () => {
      if (spares.get(script) === spare) spares.delete(script);
    });
  }
  return spare.ready;
}

function takeThread(script: string): Worker {
  const spare = spares.get(script);
  spares.delete(script);
  return spare?.alive ? spare.worker : startThread(script).worker;
}

/**
 * A PartReader that runs each part in a helper thread started from `script` (the built
 * part-thread.js): the waiting spare when there is one. The next spare is started by the
 * worker between jobs (warmPartReader), so starting it never competes with a job for the cores.
 */
export function partReaderThread(script: string): PartReader {
  return (job) => {
    const cancelFlag = new SharedArrayBuffer(4);
    const worker = takeThread(script);
    worker.ref();
    let done = false;
    const result = new Promise<PartRows>((resolve, reject) => {
      const onMessage = (message: { ready: true } | { ok: true; part: PartRows } | { ok: false; error: ErrorData }) => {
        if ('ready' in message) return;
        worker.off('message', onMessage);
        done = true;
        if (message.ok) resolve(message.part);
        else reject(new AppError(message.error.code, message.error.message, message.error.details));
      };
      worker.on('message', onMessage);
      worker.once('error', (err) =>
        reject(new AppError('E_WORKER_CRASHED', `The part reader stopped: ${err.message}`)),
      );
      worker.once('exit', (code) => {
        if (!done) reject(new AppError('E_WORKER_CRASHED', `The part reader exited with code ${code}.`));
      });
    });
    // The caller may never await a part it gave up on.
    result.catch(() => undefined);
    const settled = () => worker.unref();
    result.then(settled, settled);
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
