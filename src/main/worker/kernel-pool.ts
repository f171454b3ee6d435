import { Worker } from 'node:worker_threads';
import type { HamerlySplit } from '../engine/cluster/hamerly-step';
import type { ParallelRows } from '../engine/cluster/parallel-rows';
import type { Points } from '../engine/cluster/points';
import { balancedSplit, silhouetteSums } from '../engine/evaluate/silhouette-sums';
import { hamerlyRange } from '../engine/cluster/hamerly-bounds';
import { callKernel } from '../engine/cluster/kernel-space';
import type { HamerlyJob, SharedView, SilhouetteJob, WasmJob } from './kernel-thread';

const shareView = (a: Float64Array | Int32Array): SharedView => ({
  buffer: a.buffer as SharedArrayBuffer,
  offset: a.byteOffset,
  length: a.length,
});

/** The kernel helper thread per script: started ahead, kept while the worker lives. */
const threads = new Map<string, { worker: Worker; ready: boolean; loaded: Promise<void> }>();

/** Starts the helper thread for `script` (once); resolves when it has loaded. It is unref'd, so it never keeps a process alive. */
export function warmKernelThread(script: string): Promise<void> {
  const known = threads.get(script);
  if (known) return known.loaded;
  const worker = new Worker(script);
  worker.unref();
  const entry = { worker, ready: false, loaded: Promise.resolve() };
  entry.loaded = new Promise<void>((resolve) => {
    worker.once('message', () => {
      entry.ready = true;
      resolve();
    });
    worker.once('exit', () => {
      threads.delete(script);
      resolve();
    });
    worker.once('error', () => threads.delete(script));
  });
  threads.set(script, entry);
  return entry.loaded;
}

/** Hamerly's assignment split: rows [n/2, n) to the helper, the first half here; the sums, counts and tallies added up. */
function splitHamerly(
  worker: Worker,
  finish: (done: SharedArrayBuffer) => void,
  points: Points,
  k: number,
): HamerlySplit {
  const { n, d } = points;
  const cut = n >> 1;
  return (step, rows) => {
    const theirs = new SharedArrayBuffer((k * d + k) * 8);
    const result = new SharedArrayBuffer(8);
    const done = new SharedArrayBuffer(4);
    const job: HamerlyJob = {
      kernel: 'hamerly',
      x: shareView(points.values),
      labels: shareView(rows.labels),
      upper: shareView(rows.upper),
      lower: shareView(rows.lower),
      step,
      d,
      k,
      from: cut,
      to: n,
      sums: theirs,
      result,
      done,
    };
    worker.postMessage(job);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
    const [changed, computed] = hamerlyRange(points.values, d, k, step, rows, sums, counts, 0, cut);
    finish(done);
    const other = new Float64Array(theirs);
    for (let q = 0; q < k * d; q++) sums[q] += other[q];
    for (let c = 0; c < k; c++) counts[c] += other[k * d + c];
    const r = new Int32Array(result);
    return { changed: changed + r[0], computed: computed + r[1], sums, counts };
  };
}

/** The helper thread for `script`, started and loaded if it was not (a command that clusters once). */
export async function kernelThreadReady(script: string | undefined): Promise<void> {
  if (script) await warmKernelThread(script);
}

/**
 * Row work split between this thread and the kernel helper thread, when the helper has loaded;
 * null otherwise (the engine then works alone). The call blocks this thread until both halves
 * are done (Atomics.wait), so the engine's functions stay synchronous.
 */
export function kernelRows(script: string | undefined): ParallelRows | null {
  const entry = script ? threads.get(script) : undefined;
  if (!entry?.ready) return null;
  /** Waits for the helper's half (it signals on `done`). */
  const finish = (done: SharedArrayBuffer) => {
    const flag = new Int32Array(done);
    // A helper that never signals (it died) is given up on after 10 minutes.
    if (Atomics.wait(flag, 0, 0, 600_000) === 'timed-out' || Atomics.load(flag, 0) !== 1)
      throw new Error('The kernel thread did not finish its half.');
  };
  return {
    hamerly: (points, k) => splitHamerly(entry.worker, finish, points, k),
    kernel(space, name, args) {
      const { n } = space.layout;
      const cut = n >> 1;
      const result = new SharedArrayBuffer(8);
      const done = new SharedArrayBuffer(4);
      const job: WasmJob = { kernel: 'wasm', memory: space.memory, name, args: args(cut, n, 1), result, done };
      entry.worker.postMessage(job);
      const mine = callKernel(space.kernels, name, args(0, cut, 0));
      finish(done);
      return [mine, new Float64Array(result)[0]];
    },
    silhouetteSums(x, d, label, start, k) {
      const n = label.length;
      const cut = balancedSplit(n);
      const theirs = new SharedArrayBuffer(n * k * 8);
      const done = new SharedArrayBuffer(4);
      const job: SilhouetteJob = {
        kernel: 'silhouetteSums',
        x: x.buffer as SharedArrayBuffer,
        label: label.buffer as SharedArrayBuffer,
        start: start.buffer as SharedArrayBuffer,
        sums: theirs,
        d,
        k,
        from: cut,
        to: n,
        done,
      };
      entry.worker.postMessage(job);
      const mine = new Float64Array(n * k);
      silhouetteSums(x, d, label, start, k, mine, 0, cut);
      finish(done);
      const other = new Float64Array(theirs);
      for (let q = 0; q < mine.length; q++) mine[q] += other[q];
      return mine;
    },
  };
}
