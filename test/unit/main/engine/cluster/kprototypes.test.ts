import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../../../src/main/engine/cluster/kmeans';
import { defaultGamma, kprototypes, type MixedPoints } from '../../../../../src/main/engine/cluster/kprototypes';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { bootstrapStabilityMixed } from '../../../../../src/main/engine/evaluate/stability';
import { repoRoot } from '../../../../helpers/paths';

const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'cluster', 'reference.json'), 'utf8'));

/** One number and one category per customer. */
function mixed(numbers: number[], categories: number[]): MixedPoints {
  return {
    numeric: { values: Float64Array.from(numbers), n: numbers.length, d: 1 },
    categories: Int32Array.from(categories),
    q: 1,
  };
}

describe('k-prototypes', () => {
  it('with γ = 0 equals k-means on the numeric columns from the same initial centres', () => {
    const rows: number[][] = ref.blobs.points;
    const numeric = { values: Float64Array.from(rows.flat()), n: rows.length, d: 3 };
    const init = Float64Array.from([0, 1, 2, 3].flatMap((r) => rows[r]));
    const categories = Int32Array.from(rows, (_, i) => i % 3);
    const km = kmeans(numeric, { k: 4, nInit: 1, seed: 0, maxIter: 300, tol: 0, init });
    const kp = kprototypes(
      { numeric, categories, q: 1 },
      {
        k: 4,
        gamma: 0,
        nInit: 1,
        seed: 0,
        maxIter: 300,
        tol: 0,
        init: { numeric: init, categories: Int32Array.from([0, 1, 2, 0]) },
      },
    );
    expect([...kp.labels]).toEqual([...km.labels]);
    expect(kp.iterations).toBe(km.iterations);
    expect(kp.cost).toBeCloseTo(km.inertia, 9);
    expect(km.iterations).toBe(ref.blobs.lloyd.tol0.n_iter);
  });

  it('a hand-checked mixed case: a heavy category weight moves customers across the numeric gap', () => {
    // Numbers 0, 1, 10, 11, 0.5, 10.5 with categories a a b b b a (a = 0, b = 1); prototypes start at (0, a) and (10, b); γ = 100.
    // 1st pass: (0.5, b) costs 0.25 + 100 to (0, a) but 90.25 to (10, b) → 2nd; (10.5, a): 110.25 vs 0.25 + 100 → 2nd.
    //   Prototypes: (0.5, a) and mean(10, 11, 0.5, 10.5) = 8 with mode b.
    // 2nd pass: (10.5, a): 100 to (0.5, a) vs 6.25 + 100 to (8, b) → 1st. Prototypes: (23/6, a), (43/6, b).
    // 3rd pass: no change. Cost: each cluster (17/6)² + (23/6)² + (40/6)² = 2418/36, no mismatches: 4836/36.
    const data = mixed([0, 1, 10, 11, 0.5, 10.5], [0, 0, 1, 1, 1, 0]);
    const got = kprototypes(data, {
      k: 2,
      gamma: 100,
      nInit: 1,
      seed: 0,
      maxIter: 100,
      tol: 0,
      init: { numeric: Float64Array.from([0, 10]), categories: Int32Array.from([0, 1]) },
    });
    expect([...got.labels]).toEqual([0, 0, 1, 1, 1, 0]);
    expect(got.iterations).toBe(3);
    expect(got.cost).toBeCloseTo(4836 / 36, 12);
    expect(got.prototypes.numeric[0]).toBeCloseTo(23 / 6, 12);
    expect(got.prototypes.numeric[1]).toBeCloseTo(43 / 6, 12);
    expect([...got.prototypes.categories]).toEqual([0, 1]);
    // With γ = 1 the numbers decide: (0.5, b) joins 0 and 1 (0.25 + 1 < 90.25), (10.5, a) joins 10 and 11; cost 0.25 × 4 + 1 + 1 = 3.
    const light = kprototypes(data, {
      k: 2,
      gamma: 1,
      nInit: 1,
      seed: 0,
      maxIter: 100,
      tol: 0,
      init: { numeric: Float64Array.from([0, 10]), categories: Int32Array.from([0, 1]) },
    });
    expect([...light.labels]).toEqual([0, 0, 1, 1, 0, 1]);
    expect(light.cost).toBeCloseTo(3, 12);
    expect(light.iterations).toBe(2);
  });

  it('γ defaults to the mean standard deviation of the scaled numerics; the same seed gives the same result', () => {
    expect(defaultGamma({ values: Float64Array.from([0, 10, 2, 10, 4, 10, 6, 10]), n: 4, d: 2 })).toBeCloseTo(
      Math.sqrt(5) / 2,
      12,
    );
    const data = mixed([0, 1, 10, 11, 0.5, 10.5, 3, 7], [0, 0, 1, 1, 1, 0, 2, 2]);
    const a = kprototypes(data, { k: 3, gamma: 1, nInit: 4, seed: 11, maxIter: 100, tol: 0 });
    const b = kprototypes(data, { k: 3, gamma: 1, nInit: 4, seed: 11, maxIter: 100, tol: 0 });
    expect([...a.labels]).toEqual([...b.labels]);
    expect(a.cost).toBe(b.cost);
  });

  it('stability under the mixed distance: well-separated groups ≥ 0.95, noise < 0.5', () => {
    const random = seededRandom(4);
    const n = 900;
    const groups: MixedPoints = {
      numeric: {
        values: Float64Array.from({ length: n * 2 }, (_, x) => (Math.floor(x / 2) % 3) * 6 + random()),
        n,
        d: 2,
      },
      categories: Int32Array.from({ length: n }, (_, i) => i % 3),
      q: 1,
    };
    const options = { resamples: 8, seed: 2, nInit: 3, maxIter: 100, tol: 1e-4 };
    const fitGroups = kprototypes(groups, { k: 3, gamma: 1, nInit: 3, seed: 1, maxIter: 100, tol: 1e-4 });
    expect(bootstrapStabilityMixed(groups, fitGroups.labels, 3, 1, options).mean).toBeGreaterThanOrEqual(0.95);
    const noise: MixedPoints = {
      numeric: { values: Float64Array.from({ length: n * 8 }, random), n, d: 8 },
      categories: Int32Array.from({ length: n }, () => Math.floor(random() * 2)),
      q: 1,
    };
    const fitNoise = kprototypes(noise, { k: 6, gamma: 0.3, nInit: 3, seed: 1, maxIter: 100, tol: 1e-4 });
    expect(bootstrapStabilityMixed(noise, fitNoise.labels, 6, 0.3, options).mean).toBeLessThan(0.5);
  });
});
