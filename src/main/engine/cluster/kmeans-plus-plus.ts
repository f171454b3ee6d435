import { squaredDistance, type Points } from './points';
import { randomIndex } from './seeded-random';

/**
 * k-means++ starting centres, greedy as scikit-learn does it: the first centre is a random point;
 * each next one is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to the
 * squared distance to the nearest centre so far (best = lowest resulting potential).
 */
export function kmeansPlusPlus(points: Points, k: number, random: () => number): Float64Array {
  const { values, n, d } = points;
  const centers = new Float64Array(k * d);
  const setCenter = (c: number, i: number) => centers.set(values.subarray(i * d, i * d + d), c * d);
  setCenter(0, randomIndex(random, n));
  let closest = new Float64Array(n);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = squaredDistance(values, i, centers, 0, d);
    potential += closest[i];
  }
  const trials = 2 + Math.floor(Math.log(k));
  const cumulative = new Float64Array(n);
  let candidate = new Float64Array(n);
  let best = new Float64Array(n);
  const probe = new Float64Array(d);
  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i];
    let bestPotential = Infinity;
    let bestIndex = 0;
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
      probe.set(values.subarray(lo * d, lo * d + d));
      let total = 0;
      for (let i = 0; i < n; i++) {
        const dist = Math.min(closest[i], squaredDistance(values, i, probe, 0, d));
        candidate[i] = dist;
        total += dist;
      }
      if (total < bestPotential) {
        bestPotential = total;
        bestIndex = lo;
        [best, candidate] = [candidate, best];
      }
    }
    setCenter(c, bestIndex);
    [closest, best] = [best, closest];
    potential = bestPotential;
  }
  return centers;
}
