import { Worker } from 'node:worker_threads';
import type { ParallelRows } from '../engine/cluster/parallel-rows';
import { balancedSplit, silhouetteSums } from '../engine/evaluate/silhouette-sums';
import type { SilhouetteJob } from './kernel-thread';

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

/**
 * Row work split between this thread and the kernel helper thread, when the helper has loaded;
 * null otherwise (the engine then works alone). The call blocks this thread until both halves
 * are done (Atomics.wait), so the engine's functions stay synchronous.
 */
export function kernelRows(script: string | undefined): ParallelRows | null {
  const entry = script ? threads.get(script) : undefined;
  if (!entry?.ready) return null;
  return {
    silhouetteSums(x, d, label, start, k) {
      const n = label.length;
      const cut = balancedSplit(n);
      const theirs = new SharedArrayBuffer(n * k * 8);
      const done = new SharedArrayBuffer(4);
      const job: SilhouetteJob = { kernel: 'silhouetteSums', x: x.buffer as SharedArrayBuffer, label: label.buffer as SharedArrayBuffer, start: start.buffer as SharedArrayBuffer, sums: theirs, d, k, from: cut, to: n, done };
      entry.worker.postMessage(job);
      const mine = new Float64Array(n * k);
      silhouetteSums(x, d, label, start, k, mine, 0, cut);
      const flag = new Int32Array(done);
      // The helper signals the end; a helper that never does (it died) is given up on after 10 minutes.
      if (Atomics.wait(flag, 0, 0, 600_000) === 'timed-out' || Atomics.load(flag, 0) !== 1) throw new Error('The kernel thread did not finish its half.');
      const other = new Float64Array(theirs);
      for (let q = 0; q < mine.length; q++) mine[q] += other[q];
      return mine;
    },
  };
}
