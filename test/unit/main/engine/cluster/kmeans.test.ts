import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../../../src/main/engine/cluster/kmeans';
import { kmeansPlusPlus } from '../../../../../src/main/engine/cluster/kmeans-plus-plus';
import { meanVariance, type Points } from '../../../../../src/main/engine/cluster/points';
import { KernelSpace, spaceLayout } from '../../../../../src/main/engine/cluster/kernel-space';
import { spaceMeanVariance } from '../../../../../src/main/engine/cluster/space-mean-variance';
import { scaleColumn } from '../../../../../src/main/engine/cluster/scale-column';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { adjustedRand } from '../../../../../src/main/engine/evaluate/adjusted-rand';
import { calinskiHarabasz } from '../../../../../src/main/engine/evaluate/calinski-harabasz';
import { daviesBouldin } from '../../../../../src/main/engine/evaluate/davies-bouldin';
import { silhouette } from '../../../../../src/main/engine/evaluate/silhouette';
import { repoRoot, sharedData } from '../../../../helpers/paths';

/** scikit-learn 1.2.1's results (test/fixtures/cluster/make_reference.py). */
const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'cluster', 'reference.json'), 'utf8'));

interface LloydRef {
  labels: number[];
  inertia: number;
  n_iter: number;
  centers: number[][];
  silhouette: number;
  calinski_harabasz: number;
  davies_bouldin: number;
}

const pointsOf = (rows: number[][]): Points => ({
  values: Float64Array.from(rows.flat()),
  n: rows.length,
  d: rows[0].length,
});
const rowsOf = (points: Points, rows: number[]) =>
  Float64Array.from(rows.flatMap((r) => [...points.values.subarray(r * points.d, (r + 1) * points.d)]));
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** Both ways of running k-means: the SIMD kernels (the default) and the plain JavaScript passes. */
const KERNELS = ['simd', 'script'] as const;

function expectLloyd(points: Points, initRows: number[], expected: LloydRef, tol: number, maxIter = 300) {
  for (const kernels of KERNELS) expectLloydWith(points, initRows, expected, tol, maxIter, kernels);
}

function expectLloydWith(
  points: Points,
  initRows: number[],
  expected: LloydRef,
  tol: number,
  maxIter: number,
  kernels: (typeof KERNELS)[number],
) {
  const got = kmeans(points, {
    k: initRows.length,
    nInit: 1,
    seed: 0,
    maxIter,
    tol,
    init: rowsOf(points, initRows),
    kernels,
  });
  expect([...got.labels]).toEqual(expected.labels);
  expect(got.iterations).toBe(expected.n_iter);
  expect(relative(got.inertia, expected.inertia)).toBeLessThan(1e-9);
  expected.centers.flat().forEach((v, q) => expect(got.centers[q]).toBeCloseTo(v, 10));
  const labels = got.labels;
  expect(relative(silhouette(points, labels), expected.silhouette)).toBeLessThan(1e-9);
  expect(relative(calinskiHarabasz(points, labels), expected.calinski_harabasz)).toBeLessThan(1e-9);
  expect(relative(daviesBouldin(points, labels), expected.davies_bouldin)).toBeLessThan(1e-9);
}

describe('k-means against scikit-learn (same data, same initial centres; SIMD kernels and JavaScript passes)', () => {
  it('Mall customers, income and spending z-scaled as StandardScaler does: labels, inertia, iterations, centres, metrics', () => {
    const csv = readFileSync(sharedData('Mall_Customers.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const income = scaleColumn(
      Float64Array.from(csv, (c) => Number(c[3])),
      'zscore',
    ).values;
    const spending = scaleColumn(
      Float64Array.from(csv, (c) => Number(c[4])),
      'zscore',
    ).values;
    const scaled: number[][] = ref.mall.scaled;
    scaled.forEach(([a, b], i) => {
      expect(income[i]).toBeCloseTo(a, 12);
      expect(spending[i]).toBeCloseTo(b, 12);
    });
    const points = pointsOf(scaled);
    expectLloyd(points, ref.mall.lloyd.init_rows, ref.mall.lloyd.tol0, 0);
    expectLloyd(points, ref.mall.lloyd.init_rows, ref.mall.lloyd.tol_default, 1e-4);
  });

  it('overlapping 3-D blobs: run to convergence, and stopped by max_iter = 3 (then labels re-assigned to the last centres)', () => {
    const points = pointsOf(ref.blobs.points);
    expectLloyd(points, ref.blobs.lloyd.init_rows, ref.blobs.lloyd.tol0, 0);
    expectLloyd(points, ref.blobs.lloyd.init_rows, ref.blobs.lloyd.tol_default, 1e-4);
    expectLloyd(points, ref.blobs.lloyd_capped.init_rows, ref.blobs.lloyd_capped.tol0, 0, 3);
    expect(ref.blobs.lloyd_capped.tol0.n_iter).toBe(3);
  });

  it('uniform noise: the tolerance rule (tol × mean variance on the summed squared centre shift) stops where scikit-learn stops', () => {
    const points = pointsOf(ref.blobs.uniform_points);
    const { uniform } = ref.blobs;
    expect([uniform.tol0.n_iter, uniform.tol_default.n_iter, uniform['tol_1e-3'].n_iter]).toEqual([11, 10, 8]);
    expectLloyd(points, uniform.init_rows, uniform.tol0, 0);
    expectLloyd(points, uniform.init_rows, uniform.tol_default, 1e-4);
    expectLloyd(points, uniform.init_rows, uniform['tol_1e-3'], 1e-3);
  });

  it('the adjusted Rand index equals scikit-learn’s', () => {
    for (const { a, b, ari } of ref.blobs.ari_pairs)
      expect(adjustedRand(Int32Array.from(a), Int32Array.from(b))).toBeCloseTo(ari, 12);
  });
});

describe('k-means++ and restarts', () => {
  it('Mall customers: k = 5 has the highest silhouette over k = 2…10, and its labels agree with scikit-learn’s (ARI ≥ 0.95)', () => {
    const points = pointsOf(ref.mall.scaled);
    const scores = ref.mall.by_k.map((r: { k: number }) => {
      const got = kmeans(points, { k: r.k, nInit: 10, seed: 42, maxIter: 300, tol: 1e-4 });
      return { k: r.k, silhouette: silhouette(points, got.labels), labels: got.labels };
    });
    const best = scores.reduce((a: { silhouette: number }, b: { silhouette: number }) =>
      b.silhouette > a.silhouette ? b : a,
    );
    expect(best.k).toBe(5);
    const sk = ref.mall.by_k.find((r: { k: number }) => r.k === 5);
    expect(adjustedRand(best.labels, Int32Array.from(sk.labels))).toBeGreaterThanOrEqual(0.95);
    expect(best.silhouette).toBeCloseTo(sk.silhouette, 6);
  });

  it('the same seed gives the same result; another seed may start elsewhere; k-means++ picks data points', () => {
    const points = pointsOf(ref.blobs.points);
    const a = kmeans(points, { k: 4, nInit: 3, seed: 7, maxIter: 300, tol: 1e-4 });
    const b = kmeans(points, { k: 4, nInit: 3, seed: 7, maxIter: 300, tol: 1e-4 });
    expect([...a.labels]).toEqual([...b.labels]);
    expect(a.inertia).toBe(b.inertia);
    const centres = kmeansPlusPlus(points, 4, seededRandom(3)).centers;
    for (let c = 0; c < 4; c++) {
      const row = [...centres.subarray(c * 3, c * 3 + 3)];
      expect(ref.blobs.points.some((p: number[]) => p.every((v, j) => v === row[j]))).toBe(true);
    }
    expect(() => kmeans(pointsOf([[1], [2]]), { k: 3, nInit: 1, seed: 0, maxIter: 10, tol: 0 })).toThrow(
      expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS' }),
    );
  });
});

describe('the SIMD kernels (kernels.wat) and the JavaScript passes', () => {
  /** Gaussian-ish blobs around k corners, d coordinates (d = 1, 3, 5, 8 cover every lane/tail case of the kernels). */
  function blobs(n: number, d: number, k: number, seed: number): Points {
    const random = seededRandom(seed);
    const values = new Float64Array(n * d);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < d; j++)
        values[i * d + j] = (i % k) * (j % 2 ? -2.5 : 3) + (random() + random() + random() - 1.5);
    return { values, n, d };
  }

  it('give the same k-means++ centres, labels, iterations and inertia for every number of coordinates', () => {
    for (const d of [1, 3, 5, 8]) {
      const points = blobs(3000, d, 5, d);
      for (const seed of [0, 1, 2]) {
        const script = kmeans(points, { k: 5, nInit: 2, seed, maxIter: 100, tol: 1e-4, kernels: 'script' });
        const simd = kmeans(points, { k: 5, nInit: 2, seed, maxIter: 100, tol: 1e-4, kernels: 'simd' });
        expect(simd.iterations).toBe(script.iterations);
        expect(simd.run).toBe(script.run);
        expect([...simd.labels]).toEqual([...script.labels]);
        expect(relative(simd.inertia, script.inertia)).toBeLessThan(1e-12);
        script.centers.forEach((v, q) => expect(simd.centers[q]).toBeCloseTo(v, 12));
      }
      const space = KernelSpace.create(points, 5)!;
      expect(space).not.toBeNull();
      const starts = kmeansPlusPlus(space.points, 5, seededRandom(4), null, space);
      const alone = kmeansPlusPlus(points, 5, seededRandom(4));
      expect([...starts.centers]).toEqual([...alone.centers]);
      expect([...starts.nearest]).toEqual([...alone.nearest]);
      expect(relative(spaceMeanVariance(space), meanVariance(points))).toBeLessThan(1e-12);
    }
  });

  it('see the points as they are at each call: an array refilled between calls (as the bootstrap does) is not clustered stale', () => {
    const a = blobs(2000, 3, 4, 11);
    const b = blobs(2000, 3, 4, 12);
    const reused = { ...a, values: Float64Array.from(a.values) };
    kmeans(reused, { k: 4, nInit: 1, seed: 3, maxIter: 100, tol: 1e-4 });
    reused.values.set(b.values);
    const again = kmeans(reused, { k: 4, nInit: 1, seed: 3, maxIter: 100, tol: 1e-4 });
    const fresh = kmeans(b, { k: 4, nInit: 1, seed: 3, maxIter: 100, tol: 1e-4 });
    expect(again.inertia).toBe(fresh.inertia);
    expect([...again.labels]).toEqual([...fresh.labels]);
  });

  it('lay the shared memory out with each array on its own 128 bytes, both threads’ areas apart, within 4 GiB or not at all', () => {
    const layout = spaceLayout(1001, 3, 7);
    const arrays: [number, number][] = [
      [layout.x, 1001 * 24],
      [layout.centers, 7 * 24],
      [layout.probes, 7 * 24],
      [layout.drift, 56],
      ...[0, 1].flatMap(
        (h) =>
          [
            [layout.scratch[h], 56],
            [layout.totals[h], 56],
            [layout.sums[h], 7 * 24],
            [layout.counts[h], 56],
          ] as [number, number][],
      ),
      [layout.labels, 1001 * 4],
      [layout.nearest, 1001 * 4],
      [layout.upper, 1001 * 8],
      [layout.lower, 1001 * 8],
      [layout.closest, 1001 * 8],
    ];
    const sorted = [...arrays].sort((a, b) => a[0] - b[0]);
    for (const [start] of sorted) expect(start % 128).toBe(0);
    // No array runs into the next one.
    for (const [i, [start, bytes]] of sorted.slice(0, -1).entries())
      expect(start + bytes).toBeLessThanOrEqual(sorted[i + 1][0]);
    expect(layout.bytes).toBeGreaterThanOrEqual(layout.closest + 1001 * 8);
    // 10^8 customers × 8 features would need more than a 32-bit memory: k-means then keeps to JavaScript.
    expect(spaceLayout(1e8, 8, 6).bytes).toBeGreaterThan(2 ** 32);
  });
});
