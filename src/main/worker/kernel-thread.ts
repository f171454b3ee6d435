import { parentPort } from 'node:worker_threads';
import { silhouetteSums } from '../engine/evaluate/silhouette-sums';

/**
 * Entry of the helper thread that takes half of a large computation (the silhouette's pair
 * sums) while the worker does the other half. It stays alive between jobs; each job comes as a
 * message of shared buffers and a row range, and its end is signalled on a shared flag the
 * worker waits on (Atomics), so the worker's computation stays synchronous.
 */
const port = parentPort;
if (!port) throw new Error('The kernel thread must run in a worker thread');

export interface SilhouetteJob {
  kernel: 'silhouetteSums';
  x: SharedArrayBuffer;
  label: SharedArrayBuffer;
  start: SharedArrayBuffer;
  sums: SharedArrayBuffer;
  d: number;
  k: number;
  from: number;
  to: number;
  /** Int32 flag: set to 1 (or −1 on failure) and notified when done. */
  done: SharedArrayBuffer;
}

port.on('message', (job: SilhouetteJob) => {
  const done = new Int32Array(job.done);
  try {
    silhouetteSums(new Float64Array(job.x), job.d, new Int32Array(job.label), new Int32Array(job.start), job.k, new Float64Array(job.sums), job.from, job.to);
    Atomics.store(done, 0, 1);
  } catch {
    Atomics.store(done, 0, -1);
  }
  Atomics.notify(done, 0);
});
port.postMessage({ ready: true });
