import type { KernelSpace } from './kernel-space';
import { runKernel } from './run-kernel';
import type { ParallelRows } from './parallel-rows';
import { squaredDistanceAt, type Points } from './points';
import { randomIndex } from './seeded-random';

/** k-means++ starting centres, and where each point stands with them (so the first assignment can start from it). */
export interface PlusPlusStart {
  /** k rows of d coordinates. */
  centers: Float64Array;
  /** Each point's nearest centre (the first of equals). */
  nearest: Int32Array;
  /** Its squared distance to that centre. */
  closest: Float64Array;
}

/** The row passes of k-means++: in JavaScript, or in the SIMD kernels of a kernel space (split between two threads). */
interface SeedPasses {
  centers: Float64Array;
  /** The candidates' coordinates, one row each. */
  probes: Float64Array;
  closest: Float64Array;
  nearest: Int32Array;
  /** Centre c (already in `centers`) joins: rows nearer to it take it; returns the summed squared distances to the nearest centres. */
  join(c: number): number;
  /** Each of the first `count` candidates' potential: the summed squared distance to the nearest centre so far or to it, whichever is less. */
  trials(count: number): Float64Array;
}

function scriptPasses({ values, n, d }: Points, k: number, trials: number): SeedPasses {
  const passes = {
    centers: new Float64Array(k * d),
    probes: new Float64Array(trials * d),
    closest: new Float64Array(n).fill(Infinity),
    nearest: new Int32Array(n),
    join(c: number) {
      const { centers, closest, nearest } = passes;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const s = squaredDistanceAt(values, i * d, centers, c * d, d);
        if (s < closest[i]) {
          closest[i] = s;
          nearest[i] = c;
        }
        total += closest[i];
      }
      return total;
    },
    trials(count: number) {
      const { probes, closest } = passes;
      const totals = new Float64Array(count);
      for (let i = 0; i < n; i++) {
        const near = closest[i];
        for (let t = 0; t < count; t++) {
          const s = squaredDistanceAt(values, i * d, probes, t * d, d);
          totals[t] += s < near ? s : near;
        }
      }
      return totals;
    },
  };
  return passes;
}

function spacePasses(
  space: KernelSpace,
  k: number,
  trials: number,
  parallel: ParallelRows | null | undefined,
): SeedPasses {
  const { layout } = space;
  const { x, centers, probes, closest, nearest, scratch, totals } = layout;
  const bytes = layout.d * 8;
  space.closest.fill(Infinity);
  return {
    centers: space.doubles(centers, k * layout.d),
    probes: space.doubles(probes, trials * layout.d),
    closest: space.closest,
    nearest: space.nearest,
    join(c: number) {
      const [a, b] = runKernel(
        space,
        'closer',
        (from, to, half) => [x, from, to, bytes, centers + c * bytes, c, closest, nearest, scratch[half]],
        parallel,
      );
      return a + b;
    },
    trials(count: number) {
      const mine = space.doubles(totals[0], count).fill(0);
      const theirs = space.doubles(totals[1], count).fill(0);
      runKernel(
        space,
        'trials',
        (from, to, half) => [x, from, to, bytes, closest, probes, count, totals[half], scratch[half]],
        parallel,
      );
      return Float64Array.from(mine, (v, t) => v + theirs[t]);
    },
  };
}

/**
 * k-means++ starting centres, greedy as scikit-learn does it: the first centre is a random point;
 * each next one is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to the
 * squared distance to the nearest centre so far (best = lowest resulting potential). With a
 * kernel `space` (holding these points) the row passes run in its SIMD kernels, split between
 * two threads by `parallel` above 50,000 points; the returned arrays are then views into it.
 */
export function kmeansPlusPlus(
  points: Points,
  k: number,
  random: () => number,
  parallel?: ParallelRows | null,
  space?: KernelSpace | null,
): PlusPlusStart {
  const { values, n, d } = points;
  const trials = 2 + Math.floor(Math.log(k));
  const passes = space ? spacePasses(space, k, trials, parallel) : scriptPasses(points, k, trials);
  const { centers, probes, closest } = passes;
  const first = randomIndex(random, n);
  centers.set(values.subarray(first * d, first * d + d), 0);
  let potential = passes.join(0);
  const cumulative = new Float64Array(n);
  const picks = new Int32Array(trials);
  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i];
    for (let t = 0; t < trials; t++) {
      const target = random() * potential;
      // The first point whose cumulative potential reaches the target (binary search).
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      picks[t] = lo;
      probes.set(values.subarray(lo * d, lo * d + d), t * d);
    }
    const totals = passes.trials(trials);
    let best = 0;
    for (let t = 1; t < trials; t++) if (totals[t] < totals[best]) best = t;
    centers.set(values.subarray(picks[best] * d, picks[best] * d + d), c * d);
    potential = passes.join(c);
  }
  return { centers: Float64Array.from(centers), nearest: passes.nearest, closest };
}
