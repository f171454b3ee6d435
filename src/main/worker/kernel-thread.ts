import { parentPort } from 'node:worker_threads';
import { hamerlyRange, type HamerlyStep } from '../engine/cluster/hamerly-bounds';
import { trialRange } from '../engine/cluster/kmeans-plus-plus';
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

export interface HamerlyJob {
  kernel: 'hamerly';
  x: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  upper: SharedArrayBuffer;
  lower: SharedArrayBuffer;
  step: HamerlyStep;
  d: number;
  k: number;
  from: number;
  to: number;
  /** k·d sums, then k counts. */
  sums: SharedArrayBuffer;
  /** Int32 [changed, computed]. */
  result: SharedArrayBuffer;
  done: SharedArrayBuffer;
}

export interface TrialsJob {
  kernel: 'trials';
  x: SharedArrayBuffer;
  d: number;
  closest: SharedArrayBuffer;
  probes: Float64Array;
  candidates: SharedArrayBuffer[];
  /** One total per candidate. */
  totals: SharedArrayBuffer;
  from: number;
  to: number;
  done: SharedArrayBuffer;
}

port.on('message', (job: SilhouetteJob | HamerlyJob | TrialsJob) => {
  const done = new Int32Array(job.done);
  try {
    if (job.kernel === 'trials') {
      trialRange(new Float64Array(job.x), job.d, new Float64Array(job.closest), job.probes, job.candidates.map((b) => new Float64Array(b)), new Float64Array(job.totals), job.from, job.to);
    } else if (job.kernel === 'silhouetteSums') {
      silhouetteSums(new Float64Array(job.x), job.d, new Int32Array(job.label), new Int32Array(job.start), job.k, new Float64Array(job.sums), job.from, job.to);
    } else {
      const out = new Float64Array(job.sums);
      const rows = { labels: new Int32Array(job.labels), upper: new Float64Array(job.upper), lower: new Float64Array(job.lower) };
      const [changed, computed] = hamerlyRange(new Float64Array(job.x), job.d, job.k, job.step, rows, out.subarray(0, job.k * job.d), out.subarray(job.k * job.d), job.from, job.to);
      const result = new Int32Array(job.result);
      result[0] = changed;
      result[1] = computed;
    }
    Atomics.store(done, 0, 1);
  } catch {
    Atomics.store(done, 0, -1);
  }
  Atomics.notify(done, 0);
});
port.postMessage({ ready: true });
