import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRand } from '../../../../src/main/engine/evaluate/adjusted-rand';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'segmentdesk.cjs'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'cluster', 'reference.json'), 'utf8'));

describe('segmentdesk run --model kmeans|kprototypes and choose-k', () => {
  const dir = tempDir('segdesk-cli-cluster-');
  const workspace = join(dir, 'cluster.segdesk');
  const spec = (name: string, value: unknown) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };
  beforeAll(() => {
    expect(cli('workspace', 'create', workspace).code).toBe(0);
    expect(
      cli(
        'import',
        sharedData('Mall_Customers.csv'),
        '--workspace',
        workspace,
        '--role',
        'customers',
        '--map',
        'customerId=CustomerID',
        '--json',
      ).stderr,
    ).toBe('');
    const marketing = cli(
      'import',
      sharedData('marketing_campaign.csv'),
      '--workspace',
      workspace,
      '--role',
      'customers',
      '--map',
      'customerId=ID,birthYear=Year_Birth',
      '--json',
    );
    expect(JSON.parse(marketing.stdout)).toMatchObject({ datasetId: 2, rowsKept: 2240 });
  });
  const mall = { features: [{ field: 'Annual Income (k$)' }, { field: 'Spending Score (1-100)' }] };

  it('choose-k on Mall customers (income and spending, z-scaled): one row per k, k = 5 recommended by silhouette', () => {
    const r = cli('choose-k', '--workspace', workspace, '--dataset', '1', '--spec', spec('mall', mall), '--json');
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
    const r = cli('run', '--workspace', workspace, '--dataset', '1', '--model', 'kmeans', '--spec', file, '--json');
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
    const members = JSON.parse(
      cli('members', '--workspace', workspace, '--run', String(out.runId), '--json').stdout,
    ) as { customerId: string; segment: string }[];
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
    const again = JSON.parse(
      cli('run', '--workspace', workspace, '--dataset', '1', '--model', 'kmeans', '--spec', file, '--json').stdout,
    );
    expect(again.inertia).toBe(out.inertia);
    expect(cli('members', '--workspace', workspace, '--run', String(again.runId), '--json').stdout).toBe(
      cli('members', '--workspace', workspace, '--run', String(out.runId), '--json').stdout,
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
    const r = cli(
      'run',
      '--workspace',
      workspace,
      '--dataset',
      '2',
      '--model',
      'kprototypes',
      '--spec',
      file,
      '--json',
    );
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
    const run = JSON.parse(
      cli('run', '--workspace', workspace, '--dataset', '2', '--model', 'kmeans', '--spec', file, '--json').stdout,
    );
    const html = join(dir, 'cluster-report.html');
    expect(
      cli(
        'export',
        '--workspace',
        workspace,
        '--run',
        String(run.runId),
        '--format',
        'html',
        '--lang',
        'en',
        '--out',
        html,
      ).code,
    ).toBe(0);
    const doc = readFileSync(html, 'utf8');
    expect(doc).toContain('k-means: customers are grouped into 3 clusters');
    expect(doc).toMatch(/<th>Random seed<\/th><td>11<\/td>/);
    expect(doc).toContain(`silhouette ${run.silhouette.toFixed(3)}`);
    expect(doc).toContain(
      '<figcaption>Customers on the first two principal components. A random sample of 2,000 customers is shown.</figcaption>',
    );
    expect(doc).toContain('<figcaption>Cluster centres (in the fields’ own units)</figcaption>');
    expect(doc.match(/<svg /g)).toHaveLength(3);
  });

  it('refuses bad clustering specs with E_BAD_SPEC and a path', () => {
    expect(
      cli(
        'run',
        '--workspace',
        workspace,
        '--dataset',
        '1',
        '--model',
        'kmeans',
        '--spec',
        spec('bad1', { features: [{ field: 'Shoe size' }] }),
      ).stderr,
    ).toMatch(/^error: E_BAD_SPEC: There is no customer field "Shoe size"/);
    expect(
      cli(
        'run',
        '--workspace',
        workspace,
        '--dataset',
        '1',
        '--model',
        'kmeans',
        '--spec',
        spec('bad2', { ...mall, categories: ['Genre'] }),
      ).stderr,
    ).toMatch(/^error: E_BAD_SPEC: .*categories: k-means takes categorical fields only as one-hot columns/);
    expect(cli('run', '--workspace', workspace, '--dataset', '1', '--model', 'kmeans').stderr).toBe(
      'error: E_USAGE: --model kmeans needs --spec (the fields to cluster on)\n',
    );
    expect(
      cli(
        'run',
        '--workspace',
        workspace,
        '--dataset',
        '1',
        '--model',
        'kmeans',
        '--spec',
        spec('bad3', { ...mall, k: 1 }),
      ).stderr,
    ).toMatch(/^error: E_BAD_SPEC: .*k:/);
  });
});
