import { describe, expect, it } from 'vitest';
import { centroids, clusterSizes, scoredClusters } from '../../../../../src/main/engine/evaluate/cluster-sizes';

describe('cluster sizes and centroids', () => {
  it('counts points per label up to the highest label, an unused label counting 0', () => {
    const { k, sizes } = clusterSizes(Int32Array.from([2, 0, 2, 2]));
    expect(k).toBe(3);
    expect([...sizes]).toEqual([1, 0, 3]);
  });

  it('gives each cluster the mean of its points (an empty one stays at 0)', () => {
    const values = Float64Array.from([0, 0, 2, 4, 1, 1, 4, 8]);
    const labels = Int32Array.from([1, 1, 0, 1]);
    const { k, sizes } = clusterSizes(labels);
    expect([...centroids(values, 4, 2, labels, k, sizes)]).toEqual([1, 1, 2, 4]);
    expect([...centroids(values, 4, 2, Int32Array.from([2, 2, 2, 2]), 3, Float64Array.from([0, 0, 4]))]).toEqual([
      0,
      0,
      0,
      0,
      7 / 4,
      13 / 4,
    ]);
  });

  it('gives an index sizes and centres for 2 to n − 1 clusters and refuses the rest, naming the index', () => {
    const points = { values: Float64Array.from([0, 1, 5]), n: 3, d: 1 };
    expect(scoredClusters(points, Int32Array.from([0, 0, 1]), 'test index')).toEqual({
      k: 2,
      sizes: Float64Array.from([2, 1]),
      centers: Float64Array.from([0.5, 5]),
    });
    expect(() => scoredClusters(points, Int32Array.from([0, 1, 2]), 'test index')).toThrowError(
      'The test index needs 2 to n − 1 clusters; there are 3 for 3 points.',
    );
  });
});
