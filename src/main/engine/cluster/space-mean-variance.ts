import type { KernelSpace } from './kernel-space';
import type { ParallelRows } from './parallel-rows';
import { runKernel } from './run-kernel';

/** The mean of the columns' population variances of the space's points (two passes, as meanVariance), by the SIMD kernel. */
export function spaceMeanVariance(space: KernelSpace, parallel?: ParallelRows | null): number {
  const { layout } = space;
  const { n, d } = layout;
  // The mean goes where the centres go; each thread sums into its own area.
  const mean = space.doubles(layout.centers, d).fill(0);
  const pass = (square: number) => {
    const [mine, theirs] = [space.doubles(layout.sums[0], d).fill(0), space.doubles(layout.sums[1], d).fill(0)];
    runKernel(
      space,
      'moments',
      (from, to, half) => [layout.x, from, to, d * 8, layout.centers, square, layout.sums[half]],
      parallel,
    );
    return Float64Array.from(mine, (v, j) => (v + theirs[j]) / n);
  };
  mean.set(pass(0));
  return pass(1).reduce((s, v) => s + v, 0) / d;
}
