import type { HamerlyRows, HamerlySplit, HamerlyStep } from './hamerly-step';
import type { KernelSpace } from './kernel-space';
import type { ParallelRows } from './parallel-rows';
import { squaredDistanceAt, type Points } from './points';
import { runKernel } from './run-kernel';

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
export function hamerlyRange(
  x: Float64Array,
  d: number,
  k: number,
  step: HamerlyStep,
  rows: HamerlyRows,
  sums: Float64Array,
  counts: Float64Array,
  from: number,
  to: number,
): [number, number] {
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
export function hamerlyStep(
  centers: Float64Array,
  previous: Float64Array | null,
  k: number,
  d: number,
  drift: Float64Array,
  driftMax: number,
): HamerlyStep {
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
export const sharedFloat64 = (length: number, shared: boolean) =>
  new Float64Array(shared ? new SharedArrayBuffer(length * 8) : new ArrayBuffer(length * 8));

/**
 * Where a kernel space is given, the next pass is dense (SIMD, every distance) rather than sparse
 * (JavaScript, Hamerly's bounds) when the last one changed at least this share of the labels, or,
 * if sparse, computed at least DENSE_COMPUTED of all distances: a sparse pass costs about 30
 * distances per changed label and is the slower one from there on (measured on the bench data).
 */
const DENSE_CHANGED = 0.02;
const DENSE_COMPUTED = 0.25;

/**
 * Hamerly's bounds kept across the assignments of one Lloyd run. Each `assign` labels every
 * point, returns whether any label changed, and leaves the clusters' coordinate sums and counts
 * for the next centres. With `split`, the rows are split with a second thread. With a kernel
 * `space` (holding the points and the rows' state), the first assignment, and any after a pass
 * whose bounds saved little, is a dense pass of the SIMD kernel (split by `parallel`).
 */
export class HamerlyBounds {
  readonly rows: HamerlyRows;
  private previous: Float64Array | null = null;
  private drift: Float64Array;
  private driftMax = 0;
  /** Distances computed in the last assignment (to see what the bounds saved). */
  computed = 0;
  private denseNext = false;
  sums: Float64Array;
  counts: Float64Array;

  constructor(
    private readonly points: Points,
    private readonly k: number,
    labels: Int32Array,
    private readonly options: { split?: HamerlySplit; space?: KernelSpace | null; parallel?: ParallelRows | null } = {},
  ) {
    const { space, split } = options;
    const shared = split !== undefined;
    this.rows = space
      ? { labels, upper: space.upper, lower: space.lower }
      : { labels, upper: sharedFloat64(points.n, shared), lower: sharedFloat64(points.n, shared) };
    this.sums = new Float64Array(k * points.d);
    this.counts = new Float64Array(k);
    this.drift = new Float64Array(k);
  }

  assign(centers: Float64Array): boolean {
    const { values, n, d } = this.points;
    const { k } = this;
    const step = hamerlyStep(centers, this.previous, k, d, this.drift, this.driftMax);
    this.previous = Float64Array.from(centers);
    this.drift = step.drift;
    this.driftMax = step.driftMax;
    const { space, split, parallel } = this.options;
    const dense = space && (step.first || this.denseNext);
    this.denseNext = false;
    if (dense) return this.dense(space, step, parallel);
    if (split) {
      // Split between threads, each pass returns only what changed, added to the running sums
      // (a row's coordinates leave one cluster's sum and join another's).
      step.deltas = !step.first;
      const r = split(step, this.rows);
      if (step.deltas) {
        for (let q = 0; q < r.sums.length; q++) this.sums[q] += r.sums[q];
        for (let c = 0; c < k; c++) this.counts[c] += r.counts[c];
      } else {
        this.sums = r.sums;
        this.counts = r.counts;
      }
      this.computed = r.computed;
      this.denseNext = r.changed >= DENSE_CHANGED * n || r.computed >= DENSE_COMPUTED * n * k;
      return r.changed > 0;
    }
    this.sums = new Float64Array(k * d);
    this.counts = new Float64Array(k);
    const [changed, computed] = hamerlyRange(values, d, k, step, this.rows, this.sums, this.counts, 0, n);
    this.computed = computed;
    this.denseNext = changed >= DENSE_CHANGED * n || computed >= DENSE_COMPUTED * n * k;
    return changed > 0;
  }

  /** Every row against every centre in the SIMD kernel; the bounds, sums and counts all anew. */
  private dense(space: KernelSpace, step: HamerlyStep, parallel: ParallelRows | null | undefined): boolean {
    const { k } = this;
    const { layout } = space;
    const { d, n } = layout;
    const bytes = d * 8;
    space.doubles(layout.centers, k * d).set(step.centers);
    space.doubles(layout.drift, k).set(step.drift);
    const area = (half: 0 | 1) => ({
      sums: space.doubles(layout.sums[half], k * d).fill(0),
      counts: space.doubles(layout.counts[half], k).fill(0),
    });
    const [mine, theirs] = [area(0), area(1)];
    const [a, b] = runKernel(
      space,
      'nearest',
      (from, to, half) => [
        layout.x,
        from,
        to,
        bytes,
        layout.centers,
        k,
        layout.drift,
        step.driftMax,
        layout.labels,
        layout.upper,
        layout.lower,
        layout.sums[half],
        layout.counts[half],
        layout.scratch[half],
      ],
      parallel,
    );
    this.sums = Float64Array.from(mine.sums, (v, q) => v + theirs.sums[q]);
    this.counts = Float64Array.from(mine.counts, (v, c) => v + theirs.counts[c]);
    this.computed = n * k;
    this.denseNext = a + b >= DENSE_CHANGED * n;
    return a + b > 0;
  }
}
