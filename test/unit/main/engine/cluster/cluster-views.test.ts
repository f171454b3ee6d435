import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../../../src/main/engine/cluster/choose-k';
import { fitTree, treeAgreement } from '../../../../../src/main/engine/cluster/decision-tree';
import { kmeans } from '../../../../../src/main/engine/cluster/kmeans';
import { pca } from '../../../../../src/main/engine/cluster/pca';
import type { Points } from '../../../../../src/main/engine/cluster/points';
import { scaleColumn } from '../../../../../src/main/engine/cluster/scale-column';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { bootstrapStability } from '../../../../../src/main/engine/evaluate/stability';
import { silhouette } from '../../../../../src/main/engine/evaluate/silhouette';
import { repoRoot, sharedData, tempDir } from '../../../../helpers/paths';

const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'cluster', 'reference.json'), 'utf8'));
const pointsOf = (rows: number[][]): Points => ({
  values: Float64Array.from(rows.flat()),
  n: rows.length,
  d: rows[0].length,
});

/** Columns z-scaled and laid out row-major. */
function scaledPoints(columns: Float64Array[]): Points {
  const scaled = columns.map((c) => scaleColumn(c, 'zscore').values);
  const n = columns[0].length;
  const d = columns.length;
  const values = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) values[i * d + j] = scaled[j][i];
  return { values, n, d };
}

describe('choosing k, the 2-D view and rules from clusters', () => {
  it('Mall customers: the k-selection recommends k = 5 (highest mean silhouette, exact for 200 customers), as scikit-learn’s silhouettes do', () => {
    const points = pointsOf(ref.mall.scaled);
    const chosen = chooseK(points, { kMin: 2, kMax: 10, nInit: 10, seed: 42, maxIter: 300, tol: 1e-4 });
    expect(chosen.recommended.k).toBe(5);
    expect(chosen.silhouetteSample).toBeNull();
    expect(chosen.rows.map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Where both found the same partition, the silhouettes agree.
    const sk = ref.mall.by_k.find((r: { k: number }) => r.k === 5);
    expect(chosen.rows[3].silhouette).toBeCloseTo(sk.silhouette, 9);
    expect(chosen.rows[3].calinskiHarabasz).toBeCloseTo(sk.calinski_harabasz, 6);
    // Inertia falls as k grows (the elbow chart).
    for (let i = 1; i < chosen.rows.length; i++)
      expect(chosen.rows[i].inertia).toBeLessThan(chosen.rows[i - 1].inertia);
  });

  it('a depth-3 tree on income and spending (in their own units) reproduces the k = 5 clusters for ≥ 90 % of customers, as scikit-learn’s tree does', () => {
    const csv = readFileSync(sharedData('Mall_Customers.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const labels = Int32Array.from(ref.mall.by_k.find((r: { k: number }) => r.k === 5).labels);
    const leaves = fitTree(
      [
        { name: 'Annual Income (k$)', kind: 'number', values: Float64Array.from(csv, (c) => Number(c[3])) },
        { name: 'Spending Score (1-100)', kind: 'number', values: Float64Array.from(csv, (c) => Number(c[4])) },
        {
          name: 'Genre',
          kind: 'category',
          codes: Int32Array.from(csv, (c) => (c[1] === 'Male' ? 0 : 1)),
          labels: ['Male', 'Female'],
        },
      ],
      labels,
      5,
      3,
    );
    const agreement = treeAgreement(leaves);
    expect(agreement).toBeGreaterThanOrEqual(0.9);
    expect(agreement).toBeCloseTo(ref.mall.tree_depth3_accuracy, 9);
    expect(leaves.every((l) => l.tests.length <= 3)).toBe(true);
    expect(leaves.reduce((s, l) => s + l.customers, 0)).toBe(200);
    // The first split is on income or spending, at a midpoint between two customers' values.
    expect(['Annual Income (k$)', 'Spending Score (1-100)']).toContain(leaves[0].tests[0].feature);
  });

  it('PCA: the explained variance ratios and the projection equal scikit-learn’s (up to each component’s sign)', () => {
    const points = pointsOf(ref.blobs.points);
    const got = pca(points, 2);
    expect(got.explained[0]).toBeCloseTo(ref.blobs.pca.explained_variance_ratio[0], 12);
    expect(got.explained[1]).toBeCloseTo(ref.blobs.pca.explained_variance_ratio[1], 12);
    for (let c = 0; c < 2; c++) {
      const skRow: number[] = ref.blobs.pca.components[c];
      const sign = Math.sign(skRow[0]) === Math.sign(got.components[c * 3]) ? 1 : -1;
      skRow.forEach((v, j) => expect(got.components[c * 3 + j] * sign).toBeCloseTo(v, 10));
      ref.blobs.pca.projected_head.forEach((row: number[], i: number) =>
        expect(got.projected[i * 2 + c] * sign).toBeCloseTo(row[c], 10),
      );
    }
  });

  it('stability: well-separated blobs (a slice of the bench’s features.csv) score ≥ 0.95; uniform noise < 0.5', () => {
    const dir = tempDir('segdesk-features-');
    execFileSync(process.execPath, [
      join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
      '--only',
      'features',
      '--features',
      '3000',
      '--out',
      dir,
    ]);
    const rows = readFileSync(join(dir, 'features.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(1, 9).map(Number));
    const blobs = scaledPoints(Array.from({ length: 8 }, (_, j) => Float64Array.from(rows, (r) => r[j])));
    const options = { resamples: 10, seed: 5, nInit: 3, maxIter: 100, tol: 1e-4 };
    const fitBlobs = kmeans(blobs, { k: 6, nInit: 3, seed: 1, maxIter: 100, tol: 1e-4 });
    expect(bootstrapStability(blobs, fitBlobs.labels, 6, options).mean).toBeGreaterThanOrEqual(0.95);

    const random = seededRandom(99);
    const noise: Points = { values: Float64Array.from({ length: 2000 * 8 }, random), n: 2000, d: 8 };
    const fitNoise = kmeans(noise, { k: 6, nInit: 3, seed: 1, maxIter: 100, tol: 1e-4 });
    const unstable = bootstrapStability(noise, fitNoise.labels, 6, options);
    expect(unstable.mean).toBeLessThan(0.5);
    expect(unstable.scores).toHaveLength(10);
  });

  it('silhouette above 10,000 customers is computed on a seeded sample of 10,000, the same for every k', () => {
    const random = seededRandom(3);
    const big: Points = { values: Float64Array.from({ length: 12_000 * 2 }, random), n: 12_000, d: 2 };
    const a = chooseK(big, { kMin: 2, kMax: 3, nInit: 1, seed: 8, maxIter: 20, tol: 1e-4 });
    const b = chooseK(big, { kMin: 2, kMax: 3, nInit: 1, seed: 8, maxIter: 20, tol: 1e-4 });
    expect(a.silhouetteSample).toBe(10_000);
    expect(a.rows.map((r) => r.silhouette)).toEqual(b.rows.map((r) => r.silhouette));
  });

  it('edge data: equal customers, too few customers, and a point whose own and nearest clusters are both at distance 0', () => {
    const same: Points = { values: new Float64Array(50).fill(3), n: 25, d: 2 };
    const flat = chooseK(same, { kMin: 2, kMax: 4, nInit: 1, seed: 1, maxIter: 10, tol: 1e-4 });
    expect(flat.rows.map((r) => Number.isNaN(r.calinskiHarabasz))).toEqual([true, true, true]);
    expect(flat.recommended.k).toBe(2);
    expect(() =>
      chooseK(
        { values: Float64Array.from([1, 2]), n: 2, d: 1 },
        { kMin: 2, kMax: 10, nInit: 1, seed: 1, maxIter: 10, tol: 1e-4 },
      ),
    ).toThrow(expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS' }));
    // Points at 0, 0, 0, 5 in clusters 0, 0, 1, 2: the first two have a = 0 (each other) and b = 0 (the
    // point of cluster 1): scikit-learn counts them 0 (nan_to_num); the singletons count 0 too.
    expect(silhouette({ values: Float64Array.from([0, 0, 0, 5]), n: 4, d: 1 }, Int32Array.from([0, 0, 1, 2]))).toBe(0);
    expect(
      silhouette({ values: Float64Array.from([0, 0, 1, 1, 5]), n: 5, d: 1 }, Int32Array.from([0, 0, 1, 1, 2])),
    ).toBeCloseTo((1 + 1 + 1 + 1 + 0) / 5, 12);
  });
});
