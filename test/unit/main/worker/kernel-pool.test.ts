import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    const labels = Int32Array.from({ length: n }, (_, i) => (points.values[i * 3] < 0.3 ? 0 : points.values[i * 3] < 0.7 ? 1 : 2));
    const alone = silhouette(points, labels);
    const split = silhouette(points, labels, parallel);
    expect(Math.abs(split - alone) / Math.abs(alone)).toBeLessThan(1e-12);
  });
});
