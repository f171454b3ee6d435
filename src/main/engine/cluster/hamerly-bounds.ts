import type { Points } from './points';

/**
 * Hamerly's bounds (2010) for exact Lloyd assignment: per point an upper bound on the distance to
 * its centre and a lower bound on the distance to any other. When the centres move, the bounds
 * move by at most as much; a point whose upper bound stays below both its lower bound and half
 * the distance from its centre to the nearest other centre keeps its label without computing
 * any distance. The labels are exactly those of a full assignment (the first of equal
 * distances wins); only the work differs.
 */
export class HamerlyBounds {
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private previous: Float64Array | null = null;
  /** Distances computed in the last assignment (to see what the bounds saved). */
  computed = 0;

  constructor(
    private readonly points: Points,
    private readonly k: number,
  ) {
    this.upper = new Float64Array(points.n);
    this.lower = new Float64Array(points.n);
  }

  /** Assigns every point to its nearest centre; returns whether any label changed. */
  assign(centers: Float64Array, labels: Int32Array): boolean {
    const { values, n, d } = this.points;
    const { k, upper, lower } = this;
    // Half the distance from each centre to its nearest other centre.
    const half = new Float64Array(k).fill(Infinity);
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += (centers[a * d + j] - centers[b * d + j]) ** 2;
        const h = Math.sqrt(s) / 2;
        if (h < half[a]) half[a] = h;
        if (h < half[b]) half[b] = h;
      }
    }
    const first = this.previous === null;
    if (!first) {
      // Widen the bounds by how far the centres moved.
      const moved = new Float64Array(k);
      let most = 0;
      let second = 0;
      let mostAt = -1;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += (centers[c * d + j] - this.previous![c * d + j]) ** 2;
        moved[c] = Math.sqrt(s);
        if (moved[c] > most) {
          second = most;
          most = moved[c];
          mostAt = c;
        } else if (moved[c] > second) second = moved[c];
      }
      for (let i = 0; i < n; i++) {
        const a = labels[i];
        upper[i] += moved[a];
        lower[i] -= a === mostAt ? second : most;
      }
    }
    this.previous = Float64Array.from(centers);
    let changed = false;
    let computed = 0;
    // A relative margin keeps rounding in the bounds from ever skipping a point that is a near tie.
    const margin = 1 + 1e-9;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      if (!first) {
        const bound = Math.max(half[a], lower[i]);
        if (upper[i] * margin < bound) continue;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = values[i * d + j] - centers[a * d + j];
          s += diff * diff;
        }
        computed++;
        upper[i] = Math.sqrt(s);
        if (upper[i] * margin < bound) continue;
      }
      let best = 0;
      let bestDist = Infinity;
      let next = Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = values[i * d + j] - centers[c * d + j];
          s += diff * diff;
        }
        if (s < bestDist) {
          next = bestDist;
          bestDist = s;
          best = c;
        } else if (s < next) next = s;
      }
      computed += k;
      upper[i] = Math.sqrt(bestDist);
      lower[i] = Math.sqrt(next);
      if (labels[i] !== best) {
        labels[i] = best;
        changed = true;
      }
    }
    this.computed = computed;
    return changed;
  }
}
