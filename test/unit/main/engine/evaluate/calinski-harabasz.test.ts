import { describe, expect, it } from 'vitest';
import { calinskiHarabasz } from '../../../../../src/main/engine/evaluate/calinski-harabasz';

const line = (...xs: number[]) => ({ values: Float64Array.from(xs), n: xs.length, d: 1 });

describe('calinskiHarabasz', () => {
  it('is 32 for {0, 1} and {4, 5}: between 16 over 1 degree, within 1 over 2', () => {
    expect(calinskiHarabasz(line(0, 1, 4, 5), Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(32, 12);
  });

  it('weights the between-cluster spread by cluster size: {0, 2, 4} and {10} give (48 / 1) / (8 / 2) = 12', () => {
    // Mean 4; centres 2 (3 points) and 10 (1 point): between 3·4 + 36 = 48; within 4 + 0 + 4 = 8.
    expect(calinskiHarabasz(line(0, 2, 4, 10), Int32Array.from([0, 0, 0, 1]))).toBeCloseTo(12, 12);
  });

  it('is 1 when every cluster is a single repeated point (no within-cluster dispersion)', () => {
    expect(calinskiHarabasz(line(3, 3, 7, 7), Int32Array.from([0, 0, 1, 1]))).toBe(1);
  });

  it('refuses a single cluster', () => {
    expect(() => calinskiHarabasz(line(0, 1, 2), Int32Array.from([0, 0, 0]))).toThrowError(
      'The Calinski-Harabasz index needs 2 to n − 1 clusters; there are 1 for 3 points.',
    );
  });
});
