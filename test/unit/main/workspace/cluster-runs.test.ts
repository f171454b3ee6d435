import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/main/engine/cluster/seeded-random';
import { clusterRules } from '../../../../src/shared/cluster-rules';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

/** A customers file of n rows with six numeric columns around four centres, seeded. */
function customersFile(dir: string, n: number): string {
  const random = seededRandom(12);
  const lines = ['id,a,b,c,d,e,f,city'];
  for (let i = 0; i < n; i++) {
    const centre = i % 4;
    const cols = Array.from({ length: 6 }, (_, j) => (centre * (j % 2 ? 10 : -10) + random() * 4).toFixed(3));
    lines.push(`C${i},${cols.join(',')},${['Beijing', 'Shanghai', 'Shenzhen', 'Chengdu'][centre]}`);
  }
  const file = join(dir, 'customers.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A k-means spec on z-scaled `fields`: missing numbers filled with the median, at most 300 iterations, orders counted. */
function kmeansSpec(
  fields: string[],
  fit: { k: number; nInit: number; tol: number; seed: number; categories?: string[]; oneHot?: boolean },
) {
  return {
    model: 'kmeans' as const,
    k: fit.k,
    features: fields.map((field) => ({ field, scaling: 'zscore' as const, log: false })),
    categories: fit.categories ?? [],
    oneHot: fit.oneHot ?? false,
    missing: 'median' as const,
    nInit: fit.nInit,
    maxIter: 300,
    tol: fit.tol,
    seed: fit.seed,
    frequency: 'orders' as const,
  };
}

describe('clustering runs in the worker', () => {
  it('cancelled in the middle of the fit: E_CANCELLED, and no run is stored', async () => {
    t = createTestService();
    const dir = tempDir('segdesk-cancel-');
    await t.service.createAt(join(dir, 'c.segdesk'));
    const d = await t.service.importFile(customersFile(dir, 60_000), {
      kind: 'customers',
      roles: { customerId: 'id' },
    });
    const spec = kmeansSpec(['a', 'b', 'c', 'd', 'e', 'f'], { k: 8, nInit: 50, tol: 0, seed: 1 });
    const running = t.service.createRun(d.id, spec, { jobId: 'cluster-cancel-1' });
    // Cancel once the fit reports progress.
    for (let i = 0; i < 600; i++) {
      if (
        t.events.some(
          (e) =>
            e.event === 'job:progress' &&
            (e.payload as { jobId: string; fraction: number }).jobId === 'cluster-cancel-1' &&
            (e.payload as { fraction: number }).fraction > 0.5,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(t.service.cancelJob('cluster-cancel-1')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(t.service.current()!.runs).toEqual([]);
  }, 60_000);

  it('a finished clustering saved as rules: next time the same customers fall in the same segments without clustering', async () => {
    t = createTestService();
    const dir = tempDir('segdesk-rules-');
    await t.service.createAt(join(dir, 'r.segdesk'));
    const d = await t.service.importFile(customersFile(dir, 2000), { kind: 'customers', roles: { customerId: 'id' } });
    const spec = kmeansSpec(['a', 'b'], { k: 4, nInit: 5, tol: 1e-4, seed: 3 });
    const { run, result } = await t.service.createRun(d.id, spec);
    const cluster = result.cluster!;
    expect(cluster.tree.agreement).toBe(1); // four well-separated groups: the tree finds them exactly
    const rules = clusterRules(cluster.tree, result.segments);
    expect(rules.map((r) => r.key)).toEqual(['cluster_1', 'cluster_2', 'cluster_3', 'cluster_4']);
    const again = await t.service.createRun(d.id, { model: 'rules', rules, frequency: 'orders' });
    expect(again.result.segments.map((s) => [s.key, s.customers])).toEqual(
      result.segments.map((s) => [s.key, s.customers]),
    );
    const a = t.service.runMembers(run.id);
    const b = t.service.runMembers(again.run.id);
    for (let i = 0; i < a.numRows; i++) expect(b.getChild('segment')!.get(i)).toBe(a.getChild('segment')!.get(i));
  }, 60_000);

  it('missing numbers filled with the median: the saved rules still place every customer as the tree does; k-prototypes ignores one-hot; modes follow the categorical fields', async () => {
    t = createTestService();
    const dir = tempDir('segdesk-missing-');
    await t.service.createAt(join(dir, 'm.segdesk'));
    // Every tenth customer has no value in b.
    const file = customersFile(dir, 1200);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(
      file,
      `${lines
        .map((l, i) =>
          i > 0 && i % 10 === 0
            ? l
                .split(',')
                .map((c, j) => (j === 2 ? '' : c))
                .join(',')
            : l,
        )
        .join('\n')}\n`,
    );
    const d = await t.service.importFile(file, { kind: 'customers', roles: { customerId: 'id' } });
    const spec = kmeansSpec(['a', 'b'], { k: 4, nInit: 3, tol: 1e-4, seed: 3, categories: ['city'], oneHot: true });
    const { run, result } = await t.service.createRun(d.id, spec);
    const cluster = result.cluster!;
    expect(cluster.customers).toEqual({ clustered: 1200, dropped: 0, imputed: { b: 120 } });
    expect(cluster.categoryFields).toEqual(['city']);
    expect(cluster.categories).toEqual(['city = Beijing', 'city = Shanghai', 'city = Shenzhen', 'city = Chengdu']);
    cluster.centroids.forEach((c) => expect(c.modes).toHaveLength(1));
    const again = await t.service.createRun(d.id, {
      model: 'rules',
      rules: clusterRules(cluster.tree, result.segments),
      frequency: 'orders',
    });
    const a = t.service.runMembers(run.id).getChild('segment')!;
    const b = t.service.runMembers(again.run.id).getChild('segment')!;
    let agree = 0;
    for (let i = 0; i < a.length; i++) if (a.get(i) === b.get(i)) agree++;
    expect(again.result.segments.find((s) => s.key === 'others')?.customers ?? 0).toBe(0);
    expect(agree / a.length).toBeCloseTo(cluster.tree.agreement, 12);
    // k-prototypes with one-hot left on from k-means: the categories stay categories.
    const proto = await t.service.createRun(d.id, { ...spec, model: 'kprototypes' });
    expect(proto.result.cluster!.gamma).not.toBeNull();
    expect(proto.result.cluster!.categories).toEqual(['city']);
  }, 60_000);
});
