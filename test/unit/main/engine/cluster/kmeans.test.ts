import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../../../src/main/engine/cluster/kmeans';
import { kmeansPlusPlus } from '../../../../../src/main/engine/cluster/kmeans-plus-plus';
import type { Points } from '../../../../../src/main/engine/cluster/points';
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

const pointsOf = (rows: number[][]): Points => ({ values: Float64Array.from(rows.flat()), n: rows.length, d: rows[0].length });
const rowsOf = (points: Points, rows: number[]) => Float64Array.from(rows.flatMap((r) => [...points.values.subarray(r * points.d, (r + 1) * points.d)]));
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function expectLloyd(points: Points, initRows: number[], expected: LloydRef, tol: number, maxIter = 300) {
  const got = kmeans(points, { k: initRows.length, nInit: 1, seed: 0, maxIter, tol, init: rowsOf(points, initRows) });
  expect([...got.labels]).toEqual(expected.labels);
  expect(got.iterations).toBe(expected.n_iter);
  expect(relative(got.inertia, expected.inertia)).toBeLessThan(1e-9);
  expected.centers.flat().forEach((v, q) => expect(got.centers[q]).toBeCloseTo(v, 10));
  const labels = got.labels;
  expect(relative(silhouette(points, labels), expected.silhouette)).toBeLessThan(1e-9);
  expect(relative(calinskiHarabasz(points, labels), expected.calinski_harabasz)).toBeLessThan(1e-9);
  expect(relative(daviesBouldin(points, labels), expected.davies_bouldin)).toBeLessThan(1e-9);
}

describe('k-means against scikit-learn (same data, same initial centres)', () => {
  it('Mall customers, income and spending z-scaled as StandardScaler does: labels, inertia, iterations, centres, metrics', () => {
    const csv = readFileSync(sharedData('Mall_Customers.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const income = scaleColumn(Float64Array.from(csv, (c) => Number(c[3])), 'zscore').values;
    const spending = scaleColumn(Float64Array.from(csv, (c) => Number(c[4])), 'zscore').values;
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
    for (const { a, b, ari } of ref.blobs.ari_pairs) expect(adjustedRand(Int32Array.from(a), Int32Array.from(b))).toBeCloseTo(ari, 12);
  });
});

describe('k-means++ and restarts', () => {
  it('Mall customers: k = 5 has the highest silhouette over k = 2…10, and its labels agree with scikit-learn’s (ARI ≥ 0.95)', () => {
    const points = pointsOf(ref.mall.scaled);
    const scores = ref.mall.by_k.map((r: { k: number }) => {
      const got = kmeans(points, { k: r.k, nInit: 10, seed: 42, maxIter: 300, tol: 1e-4 });
      return { k: r.k, silhouette: silhouette(points, got.labels), labels: got.labels };
    });
    const best = scores.reduce((a: { silhouette: number }, b: { silhouette: number }) => (b.silhouette > a.silhouette ? b : a));
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
    const centres = kmeansPlusPlus(points, 4, seededRandom(3));
    for (let c = 0; c < 4; c++) {
      const row = [...centres.subarray(c * 3, c * 3 + 3)];
      expect(ref.blobs.points.some((p: number[]) => p.every((v, j) => v === row[j]))).toBe(true);
    }
    expect(() => kmeans(pointsOf([[1], [2]]), { k: 3, nInit: 1, seed: 0, maxIter: 10, tol: 0 })).toThrow(expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS' }));
  });
});
