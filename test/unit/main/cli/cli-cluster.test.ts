import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRand } from '../../../../src/main/engine/evaluate/adjusted-rand';
import { cliImport, cliOn, cliWorkspaceWith, specWriter } from '../../../helpers/cli';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'cluster', 'reference.json'), 'utf8'));

describe('segmentdesk run --model kmeans|kprototypes and choose-k', () => {
  const dir = tempDir('segdesk-cli-cluster-');
  const workspace = join(dir, 'cluster.segdesk');
  const spec = specWriter(dir);
  const on = cliOn(workspace);
  /** `run --dataset <dataset> --model <model> --spec <file>` in the workspace, with any further arguments. */
  const run = (dataset: string, model: string, file: string, ...args: string[]) =>
    on('run', '--dataset', dataset, '--model', model, '--spec', file, ...args);
  beforeAll(() => {
    expect(
      cliWorkspaceWith(workspace, sharedData('Mall_Customers.csv'), 'customers', 'customerId=CustomerID'),
    ).toMatchObject({
      datasetId: 1,
      rowsKept: 200,
    });
    const marketing = cliImport(
      workspace,
      sharedData('marketing_campaign.csv'),
      'customers',
      'customerId=ID,birthYear=Year_Birth',
    );
    expect(JSON.parse(marketing.stdout)).toMatchObject({ datasetId: 2, rowsKept: 2240 });
  });
  const mall = { features: [{ field: 'Annual Income (k$)' }, { field: 'Spending Score (1-100)' }] };

  it('choose-k on Mall customers (income and spending, z-scaled): one row per k, k = 5 recommended by silhouette', () => {
    const r = on('choose-k', '--dataset', '1', '--spec', spec('mall', mall), '--json');
    expect(r.stderr).toBe('');
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x: { k: number }) => x.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.filter((x: { recommended: boolean }) => x.recommended).map((x: { k: number }) => x.k)).toEqual([5]);
    expect(rows[3].silhouette).toBeCloseTo(ref.mall.by_k[3].silhouette, 9);
    expect(rows[3].silhouetteSample).toBeNull();
  });

  it('k-means with k = 5: the figures of scikit-learn’s k = 5 partition, seed stored, rules agreeing for ≥ 90 %, the same result again', () => {
    const file = spec('mall5', { ...mall, k: 5, seed: 7 });
    const r = run('1', 'kmeans', file, '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ model: 'kmeans', k: 5, seed: 7, silhouetteSample: null });
    const sk = ref.mall.by_k[3];
    expect(out.inertia).toBeCloseTo(sk.inertia, 9);
    expect(out.silhouette).toBeCloseTo(sk.silhouette, 9);
    expect(out.calinskiHarabasz).toBeCloseTo(sk.calinski_harabasz, 6);
    expect(out.daviesBouldin).toBeCloseTo(sk.davies_bouldin, 9);
    expect(out.rulesAgreement).toBeGreaterThanOrEqual(0.9);
    expect(out.stability).toBeGreaterThanOrEqual(0.9);
    expect(out.segments.map((s: { customers: number }) => s.customers)).toEqual(
      out.segments.map((s: { customers: number }) => s.customers).sort((a: number, b: number) => b - a),
    );
    expect(out.centroids).toHaveLength(5);
    // The members, matched to scikit-learn's labels by customer id.
    const members = JSON.parse(on('members', '--run', String(out.runId), '--json').stdout) as {
      customerId: string;
      segment: string;
    }[];
    const names = out.segments.map((s: { name: string }) => s.name);
    const ours = Int32Array.from(members, (m) => names.indexOf(m.segment));
    const csv = readFileSync(sharedData('Mall_Customers.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    const theirs = Int32Array.from(members, (m) => sk.labels[csv.indexOf(m.customerId)]);
    expect(adjustedRand(ours, theirs)).toBeGreaterThanOrEqual(0.95);
    // Same spec, same seed: the same members.
    const again = JSON.parse(run('1', 'kmeans', file, '--json').stdout);
    expect(again.inertia).toBe(out.inertia);
    expect(on('members', '--run', String(again.runId), '--json').stdout).toBe(
      on('members', '--run', String(out.runId), '--json').stdout,
    );
  });

  it('k-prototypes on marketing_campaign: income (log1p), age and wine spend with education and marital status; missing incomes left out and counted', () => {
    const file = spec('kproto', {
      k: 4,
      features: [{ field: 'Income', log: true }, { field: 'age' }, { field: 'MntWines', scaling: 'robust' }],
      categories: ['Education', 'Marital_Status'],
      missing: 'drop',
      nInit: 3,
    });
    const r = run('2', 'kprototypes', file, '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ model: 'kprototypes', k: 4 });
    // 24 customers have no income: a segment of their own.
    expect(out.segments.at(-1)).toMatchObject({ key: 'others', customers: 24 });
    expect(out.segments.slice(0, 4).reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(2216);
    expect(Object.keys(out.centroids[0])).toEqual(['Income', 'age', 'MntWines', 'Education', 'Marital_Status']);
    // Bootstrap stability under the mixed distance too.
    expect(out.stability).toBeGreaterThan(0);
    expect(out.stability).toBeLessThanOrEqual(1);
  });

  it('the report of a clustering: method and seed, quality, the 2-D view and the centres radar as SVG', () => {
    const file = spec('report', {
      k: 3,
      features: [{ field: 'Income' }, { field: 'age' }, { field: 'MntWines', log: true }],
      missing: 'drop',
      seed: 11,
      nInit: 3,
    });
    const stored = JSON.parse(run('2', 'kmeans', file, '--json').stdout);
    const html = join(dir, 'cluster-report.html');
    expect(on('export', '--run', String(stored.runId), '--format', 'html', '--lang', 'en', '--out', html).code).toBe(0);
    const doc = readFileSync(html, 'utf8');
    expect(doc).toContain('k-means: customers are grouped into 3 clusters');
    expect(doc).toMatch(/<th>Random seed<\/th><td>11<\/td>/);
    expect(doc).toContain(`silhouette ${stored.silhouette.toFixed(3)}`);
    // Each chart titled above it; what to read from it under it.
    expect(doc).toContain('<h3 class="chart-title">Customers on the first two principal components</h3><svg ');
    expect(doc).toContain('<figcaption>A random sample of 2,000 customers is shown.</figcaption>');
    expect(doc).toContain('<h3 class="chart-title">Cluster centres (in the fields’ own units)</h3><svg ');
    expect(doc.match(/<svg /g)).toHaveLength(3);
  });

  it('refuses bad clustering specs with E_BAD_SPEC and a path', () => {
    expect(run('1', 'kmeans', spec('bad1', { features: [{ field: 'Shoe size' }] })).stderr).toMatch(
      /^error: E_BAD_SPEC: There is no customer field "Shoe size"/,
    );
    expect(run('1', 'kmeans', spec('bad2', { ...mall, categories: ['Genre'] })).stderr).toMatch(
      /^error: E_BAD_SPEC: .*categories: k-means takes categorical fields only as one-hot columns/,
    );
    expect(on('run', '--dataset', '1', '--model', 'kmeans').stderr).toBe(
      'error: E_USAGE: --model kmeans needs --spec (the fields to cluster on)\n',
    );
    expect(run('1', 'kmeans', spec('bad3', { ...mall, k: 1 })).stderr).toMatch(/^error: E_BAD_SPEC: .*k:/);
  });
});
