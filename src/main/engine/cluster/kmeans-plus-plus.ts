import type { ParallelRows } from './parallel-rows';
import { squaredDistanceAt, type Points } from './points';
import { randomIndex } from './seeded-random';

/**
 * The candidates' potentials over the rows [from, to): for each candidate centre t (rows of
 * `probes`), each row's squared distance to its nearest centre so far or to t, whichever is
 * less, into candidates[t]; their sums into totals[t]. One pass over the rows for all candidates.
 */
export function trialRange(x: Float64Array, d: number, closest: Float64Array, probes: Float64Array, candidates: Float64Array[], totals: Float64Array, from: number, to: number): void {
  const trials = candidates.length;
  for (let i = from; i < to; i++) {
    const pi = i * d;
    const near = closest[i];
    for (let t = 0; t < trials; t++) {
      const s = squaredDistanceAt(x, pi, probes, t * d, d);
      const v = s < near ? s : near;
      candidates[t][i] = v;
      totals[t] += v;
    }
  }
}

/**
 * k-means++ starting centres, greedy as scikit-learn does it: the first centre is a random point;
 * each next one is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to the
 * squared distance to the nearest centre so far (best = lowest resulting potential). With
 * `parallel` (points in a SharedArrayBuffer), the candidates' potentials are split between two threads.
 */
export function kmeansPlusPlus(points: Points, k: number, random: () => number, parallel?: ParallelRows | null): Float64Array {
  const { values, n, d } = points;
  const split = parallel && n >= 50_000 && values.buffer instanceof SharedArrayBuffer;
  const array = () => new Float64Array(split ? new SharedArrayBuffer(n * 8) : new ArrayBuffer(n * 8));
  const centers = new Float64Array(k * d);
  const setCenter = (c: number, i: number) => centers.set(values.subarray(i * d, i * d + d), c * d);
  setCenter(0, randomIndex(random, n));
  let closest = array();
  let potential = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = squaredDistanceAt(values, i * d, centers, 0, d);
    potential += closest[i];
  }
  const trials = 2 + Math.floor(Math.log(k));
  const cumulative = new Float64Array(n);
  let candidates = Array.from({ length: trials }, array);
  const probes = new Float64Array(trials * d);
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
    const totals = split ? parallel!.plusPlusTrials(points, closest, probes, candidates) : new Float64Array(trials);
    if (!split) trialRange(values, d, closest, probes, candidates, totals, 0, n);
    let best = 0;
    for (let t = 1; t < trials; t++) if (totals[t] < totals[best]) best = t;
    setCenter(c, picks[best]);
    const previous = closest;
    closest = candidates[best];
    candidates = candidates.map((a, t) => (t === best ? previous : a));
    potential = totals[best];
  }
  return centers;
}
