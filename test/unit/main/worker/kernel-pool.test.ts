import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../../src/main/engine/cluster/kmeans';
import { seededRandom } from '../../../../src/main/engine/cluster/seeded-random';
import { silhouette } from '../../../../src/main/engine/evaluate/silhouette';
import { kernelRows, warmKernelThread } from '../../../../src/main/worker/kernel-pool';
import { builtMain } from '../../../helpers/paths';

describe('the kernel helper thread', () => {
  it('splits the silhouette’s pair sums between two threads and gets the single-thread answer', async () => {
    const script = join(builtMain, 'kernel-thread.js');
    expect(kernelRows(script)).toBeNull(); // not started yet: the engine works alone
    await warmKernelThread(script);
    const parallel = kernelRows(script);
    expect(parallel).not.toBeNull();
    const random = seededRandom(21);
    const n = 6000;
    const points = { values: Float64Array.from({ length: n * 3 }, random), n, d: 3 };
    const labels = Int32Array.from({ length: n }, (_, i) =>
      points.values[i * 3] < 0.3 ? 0 : points.values[i * 3] < 0.7 ? 1 : 2,
    );
    const alone = silhouette(points, labels);
    const split = silhouette(points, labels, parallel);
    expect(Math.abs(split - alone) / Math.abs(alone)).toBeLessThan(1e-12);
  });

  it('splits k-means (k-means++ passes and dense assignments in the SIMD kernels, sparse Hamerly passes, centre sums) between two threads: the same clusters as one thread', async () => {
    const script = join(builtMain, 'kernel-thread.js');
    await warmKernelThread(script);
    const parallel = kernelRows(script)!;
    const random = seededRandom(5);
    const n = 80_000;
    const d = 4;
    const values = new Float64Array(new SharedArrayBuffer(n * d * 8));
    for (let i = 0; i < n; i++)
      for (let j = 0; j < d; j++) values[i * d + j] = (i % 5) * 3 * ((j % 2) * 2 - 1) + random() * 4;
    const points = { values, n, d };
    const options = { k: 5, nInit: 2, seed: 9, maxIter: 100, tol: 1e-4 };
    const alone = kmeans(points, options);
    const split = kmeans(points, { ...options, parallel });
    expect(split.iterations).toBe(alone.iterations);
    expect([...split.labels]).toEqual([...alone.labels]);
    expect(Math.abs(split.inertia - alone.inertia) / alone.inertia).toBeLessThan(1e-12);
    // The JavaScript passes split the same way and agree too.
    const plain = kmeans(points, { ...options, parallel, kernels: 'script' });
    expect(plain.iterations).toBe(alone.iterations);
    expect([...plain.labels]).toEqual([...alone.labels]);
    expect(Math.abs(plain.inertia - alone.inertia) / alone.inertia).toBeLessThan(1e-12);
  });
});
