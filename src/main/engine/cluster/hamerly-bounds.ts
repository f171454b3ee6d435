import { squaredDistanceAt, type Points } from './points';

/** What every row range of one Hamerly assignment shares: the centres and how far they have moved. */
export interface HamerlyStep {
  centers: Float64Array;
  /** Half the distance from each centre to its nearest other centre. */
  half: Float64Array;
  /** How far each centre has moved in all, since the first assignment. */
  drift: Float64Array;
  /** The sum over the assignments so far of the largest move of any centre. */
  driftMax: number;
  first: boolean;
  /** Sums and counts only of the rows that changed cluster (− from the old, + to the new), not of every row. */
  deltas: boolean;
}

/**
 * Per-row state kept between assignments: labels and the two bounds, stored as offsets from the
 * drift (upper bound = upper[i] + drift[label]; lower bound = lower[i] − driftMax), so a row whose
 * bounds let it keep its cluster costs two reads and no write.
 */
export interface HamerlyRows {
  labels: Int32Array;
  upper: Float64Array;
  lower: Float64Array;
}

/** A relative margin, so rounding in the bounds never skips a point that is a near tie. */
const MARGIN = 1 + 1e-9;

/**
 * Hamerly's exact assignment (2010) of the rows [from, to), adding each row to its cluster's
 * coordinate sums and count as it goes (the next centres' means): per row an upper bound on the
 * distance to its centre and a lower bound on the distance to any other; a row whose upper bound
 * stays below both its lower bound and half the distance from its centre to the nearest other
 * keeps its label with no distance computed. The labels equal a full assignment's (the first of
 * equal distances wins). Returns [rows whose label changed, distances computed].
 */
export function hamerlyRange(x: Float64Array, d: number, k: number, step: HamerlyStep, rows: HamerlyRows, sums: Float64Array, counts: Float64Array, from: number, to: number): [number, number] {
  const { centers, half, drift, driftMax, first, deltas } = step;
  const { labels, upper, lower } = rows;
  let changed = 0;
  let computed = 0;
  for (let i = from; i < to; i++) {
    const pi = i * d;
    let a = labels[i];
    let skip = false;
    if (!first) {
      const u = upper[i] + drift[a];
      const l = lower[i] - driftMax;
      const bound = half[a] > l ? half[a] : l;
      if (u * MARGIN < bound) skip = true;
      else {
        const s = squaredDistanceAt(x, pi, centers, a * d, d);
        computed++;
        const exact = Math.sqrt(s);
        upper[i] = exact - drift[a];
        skip = exact * MARGIN < bound;
      }
    }
    if (!skip) {
      let best = 0;
      let bestDist = Infinity;
      let next = Infinity;
      for (let c = 0; c < k; c++) {
        const s = squaredDistanceAt(x, pi, centers, c * d, d);
        if (s < bestDist) {
          next = bestDist;
          bestDist = s;
          best = c;
        } else if (s < next) next = s;
      }
      computed += k;
      upper[i] = Math.sqrt(bestDist) - drift[best];
      lower[i] = Math.sqrt(next) + driftMax;
      if (a !== best) {
        if (deltas && a >= 0) {
          counts[a]--;
          const po = a * d;
          for (let j = 0; j < d; j++) sums[po + j] -= x[pi + j];
        }
        labels[i] = best;
        a = best;
        changed++;
        if (deltas) {
          counts[a]++;
          const pn = a * d;
          for (let j = 0; j < d; j++) sums[pn + j] += x[pi + j];
        }
      }
    }
    if (deltas) continue;
    counts[a]++;
    const pa = a * d;
    for (let j = 0; j < d; j++) sums[pa + j] += x[pi + j];
  }
  return [changed, computed];
}

/** The step shared by all rows: centre-to-centre half distances, and the drift grown by the moves since `previous`. */
export function hamerlyStep(centers: Float64Array, previous: Float64Array | null, k: number, d: number, drift: Float64Array, driftMax: number): HamerlyStep {
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
  const grown = Float64Array.from(drift);
  let most = 0;
  if (previous) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (centers[c * d + j] - previous[c * d + j]) ** 2;
      const moved = Math.sqrt(s);
      grown[c] += moved;
      if (moved > most) most = moved;
    }
  }
  return { centers, half, drift: grown, driftMax: driftMax + most, first: previous === null, deltas: false };
}

/** Shared typed arrays where the rows may be worked on by two threads. */
export const sharedFloat64 = (length: number, shared: boolean) => new Float64Array(shared ? new SharedArrayBuffer(length * 8) : new ArrayBuffer(length * 8));

/**
 * Hamerly's bounds kept across the assignments of one Lloyd run. Each `assign` labels every
 * point, returns whether any label changed, and leaves the clusters' coordinate sums and counts
 * for the next centres. With `split`, the rows are split with a second thread.
 */
export class HamerlyBounds {
  readonly rows: HamerlyRows;
  private previous: Float64Array | null = null;
  private drift: Float64Array;
  private driftMax = 0;
  /** Distances computed in the last assignment (to see what the bounds saved). */
  computed = 0;
  sums: Float64Array;
  counts: Float64Array;

  constructor(
    private readonly points: Points,
    private readonly k: number,
    labels: Int32Array,
    private readonly split?: (step: HamerlyStep, rows: HamerlyRows) => { changed: number; computed: number; sums: Float64Array; counts: Float64Array },
  ) {
    const shared = split !== undefined;
    this.rows = { labels, upper: sharedFloat64(points.n, shared), lower: sharedFloat64(points.n, shared) };
    this.sums = new Float64Array(k * points.d);
    this.counts = new Float64Array(k);
    this.drift = new Float64Array(k);
  }

  assign(centers: Float64Array): boolean {
    const { values, d } = this.points;
    const step = hamerlyStep(centers, this.previous, this.k, d, this.drift, this.driftMax);
    this.previous = Float64Array.from(centers);
    this.drift = step.drift;
    this.driftMax = step.driftMax;
    if (this.split) {
      // Split between threads, each pass returns only what changed, added to the running sums
      // (a row's coordinates leave one cluster's sum and join another's).
      step.deltas = !step.first;
      const r = this.split(step, this.rows);
      if (step.deltas) {
        for (let q = 0; q < r.sums.length; q++) this.sums[q] += r.sums[q];
        for (let c = 0; c < this.k; c++) this.counts[c] += r.counts[c];
      } else {
        this.sums = r.sums;
        this.counts = r.counts;
      }
      this.computed = r.computed;
      return r.changed > 0;
    }
    this.sums = new Float64Array(this.k * d);
    this.counts = new Float64Array(this.k);
    const [changed, computed] = hamerlyRange(values, d, this.k, step, this.rows, this.sums, this.counts, 0, this.points.n);
    this.computed = computed;
    return changed > 0;
  }
}
