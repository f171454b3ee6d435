import { callKernel, type KernelArgs, type KernelName, type KernelSpace } from './kernel-space';
import { SPLIT_ROWS, type ParallelRows } from './parallel-rows';

/**
 * Runs a kernel over all the rows of `space`: split between this thread and the helper (rows
 * [0, n/2) here) with `parallel` above SPLIT_ROWS rows, else all here (the helper's areas unused).
 * Returns both halves' results.
 */
export function runKernel(
  space: KernelSpace,
  name: KernelName,
  args: KernelArgs,
  parallel?: ParallelRows | null,
): [number, number] {
  const { n } = space.layout;
  if (parallel && n >= SPLIT_ROWS) return parallel.kernel(space, name, args);
  return [callKernel(space.kernels, name, args(0, n, 0)), 0];
}
