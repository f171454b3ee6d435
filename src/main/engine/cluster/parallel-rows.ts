import type { KernelArgs, KernelName, KernelSpace } from './kernel-space';
import type { HamerlySplit } from './hamerly-step';
import type { Points } from './points';

/** From this many rows on, row passes are split between two threads. */
export const SPLIT_ROWS = 50_000;

/**
 * Work over rows that may be split between this thread and a helper thread. The engine stays
 * single-threaded and pure; the worker layer supplies an implementation backed by a second
 * thread (kernel-thread.ts) for large inputs.
 */
export interface ParallelRows {
  /**
   * The silhouette's pair sums over all rows, the rows split between two threads: `x`, `label`
   * and `start` must live in SharedArrayBuffers; returns the summed n·k distances.
   */
  silhouetteSums(x: Float64Array, d: number, label: Int32Array, start: Int32Array, k: number): Float64Array;
  /** Hamerly's assignment of the points split between two threads (the points in a SharedArrayBuffer). */
  hamerly(points: Points, k: number): HamerlySplit;
  /** A SIMD kernel of `space` run over its rows, the first half in this thread and the second in the helper; returns both halves' results. */
  kernel(space: KernelSpace, name: KernelName, args: KernelArgs): [number, number];
}
