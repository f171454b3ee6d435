import { parentPort } from 'node:worker_threads';
import { hamerlyRange } from '../engine/cluster/hamerly-bounds';
import type { HamerlyStep } from '../engine/cluster/hamerly-step';
import { callKernel, kernelsIn, type KernelName } from '../engine/cluster/kernel-space';
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

/** A typed array handed to the helper: its shared buffer and where in it the array lies. */
export interface SharedView {
  buffer: SharedArrayBuffer;
  offset: number;
  length: number;
}

export interface HamerlyJob {
  kernel: 'hamerly';
  x: SharedView;
  labels: SharedView;
  upper: SharedView;
  lower: SharedView;
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

/** A SIMD kernel (kernels.wat) on a kernel space's shared memory. */
export interface WasmJob {
  kernel: 'wasm';
  memory: WebAssembly.Memory;
  name: KernelName;
  args: number[];
  /** Float64: the kernel's result. */
  result: SharedArrayBuffer;
  done: SharedArrayBuffer;
}

const doubles = (v: SharedView) => new Float64Array(v.buffer, v.offset, v.length);

port.on('message', (job: SilhouetteJob | HamerlyJob | WasmJob) => {
  const done = new Int32Array(job.done);
  try {
    if (job.kernel === 'wasm') {
      new Float64Array(job.result)[0] = callKernel(kernelsIn(job.memory), job.name, job.args);
    } else if (job.kernel === 'silhouetteSums') {
      silhouetteSums(
        new Float64Array(job.x),
        job.d,
        new Int32Array(job.label),
        new Int32Array(job.start),
        job.k,
        new Float64Array(job.sums),
        job.from,
        job.to,
      );
    } else {
      const out = new Float64Array(job.sums);
      const rows = {
        labels: new Int32Array(job.labels.buffer, job.labels.offset, job.labels.length),
        upper: doubles(job.upper),
        lower: doubles(job.lower),
      };
      const [changed, computed] = hamerlyRange(
        doubles(job.x),
        job.d,
        job.k,
        job.step,
        rows,
        out.subarray(0, job.k * job.d),
        out.subarray(job.k * job.d),
        job.from,
        job.to,
      );
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
