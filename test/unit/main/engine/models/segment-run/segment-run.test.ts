import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerFeatures, type CustomerFeatures } from '../../../../../../src/main/engine/features/customer-features';
import { featureFields } from '../../../../../../src/main/engine/features/customer-table';
import { prepareDataset, type PreparedDataset } from '../../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../../src/main/engine/io/read-table';
import { runName, segmentRun, type SegmentRunInput } from '../../../../../../src/main/engine/models/segment-run';
import { ELEVEN_SEGMENTS } from '../../../../../../src/shared/rfm-schemes';
import { modelSpecSchema } from '../../../../../../src/shared/segments';
import { repoRoot, sharedData } from '../../../../../helpers/paths';

const NOW = Date.UTC(2026, 10, 24);
const ANALYSIS = Date.UTC(2006, 11, 31);
const hooks = { progress: () => undefined, checkCancel: () => undefined };
const spec = (over: Record<string, unknown>) => modelSpecSchema.parse(over);
const anyRule = [
  { key: 'big', name: { en: 'Big', 'zh-CN': '大' }, when: { all: [{ field: 'monetary', op: 'range', min: 1 }] } },
];

/** rfm_data_orders per customer as the committed reference has it (test/fixtures/rfm). */
const reference = readFileSync(join(repoRoot, 'test', 'fixtures', 'rfm', 'rfm_data_orders_reference.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .filter((l) => !l.startsWith('#'))
  .map((l) => {
    const [id, , , , amount, r, f, m] = l.split(',');
    return { id, amount: Number(amount), scores: [Number(r), Number(f), Number(m)] };
  });

/** How many customers of the reference fall in each of the 11 segments (first match), and in Others. */
function elevenCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { scores } of reference) {
    const row = ELEVEN_SEGMENTS.find((s) => [s.r, s.f, s.m].every(([lo, hi], k) => scores[k] >= lo && scores[k] <= hi));
    const key = row?.key ?? 'others';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('segmentRun on rfm_data_orders (995 customers, 4,906 orders)', () => {
  let prepared: PreparedDataset;
  let features: CustomerFeatures;
  let input: SegmentRunInput;
  beforeAll(async () => {
    prepared = prepareDataset(await readTable(sharedData('rfm_data_orders.csv')), {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    features = customerFeatures(prepared.table, prepared.roles, { analysisDate: ANALYSIS, frequency: 'rows' });
    input = {
      table: { ids: features.ids, fields: featureFields(features) },
      features,
      analysisDate: features.analysisDate,
      dataset: { kind: 'transactions', roles: prepared.roles, rows: () => prepared.table },
    };
  });

  it('puts the customers in the 11 RFM segments as the reference scores do, named in both languages, with the All customers row', () => {
    const { result, members } = segmentRun(input, spec({ model: 'rfm', analysisDate: '2006-12-31' }), hooks);
    const want = elevenCounts();
    expect(result.analysisDate).toBe('2006-12-31');
    expect(result.customers).toBe(995);
    expect(new Map(result.segments.filter((s) => s.customers > 0).map((s) => [s.key, s.customers]))).toEqual(want);
    expect(result.segments[0]).toMatchObject({
      key: 'champions',
      name: { en: 'Champions', 'zh-CN': '冠军客户' },
      customers: want.get('champions'),
    });
    expect(result.overall).toMatchObject({
      key: 'all',
      name: { en: 'All customers', 'zh-CN': '全部客户' },
      customers: 995,
      share: 1,
      orders: 4906,
      revenue: 464158,
      revenueShare: 1,
    });
    expect(result.bins?.recency.customers.reduce((a, b) => a + b, 0)).toBe(995);
    expect(result.personas).toHaveLength(result.segments.length);
    // The stored columns: id, segment index, the features and scores, in this order.
    expect(members.numRows).toBe(995);
    expect(members.schema.fields.map((f) => f.name).slice(0, 8)).toEqual([
      'customerId',
      'segment',
      'recency',
      'frequency',
      'monetary',
      'r',
      'f',
      'm',
    ]);
    const kizzy = features.ids.indexOf('Kizzy Doyle');
    expect(members.getChild('customerId')!.get(kizzy)).toBe('Kizzy Doyle');
    expect(members.getChild('monetary')!.get(kizzy)).toBe(1488);
    const keys = result.segments.map((s) => s.key);
    const counted = new Map<string, number>();
    for (const s of members.getChild('segment')!) counted.set(keys[s], (counted.get(keys[s]) ?? 0) + 1);
    expect(counted).toEqual(want);
  });

  it('applies rules first match, the rest in Others, the user’s names winning, and keeps only the fields the rules test', () => {
    const { result, members } = segmentRun(
      input,
      spec({
        model: 'rules',
        rules: [
          {
            key: 'big',
            name: { en: 'Big spenders', 'zh-CN': '大客户' },
            when: { all: [{ field: 'monetary', op: 'range', min: 1000 }] },
          },
        ],
        names: { others: { en: 'Everyone else', 'zh-CN': '其余客户' } },
      }),
      hooks,
    );
    const big = reference.filter((c) => c.amount >= 1000);
    expect(result.segments.map((s) => [s.key, s.name, s.customers, s.revenue])).toEqual([
      ['big', { en: 'Big spenders', 'zh-CN': '大客户' }, big.length, big.reduce((s, c) => s + c.amount, 0)],
      [
        'others',
        { en: 'Everyone else', 'zh-CN': '其余客户' },
        995 - big.length,
        464158 - big.reduce((s, c) => s + c.amount, 0),
      ],
    ]);
    expect(result.overall.name).toEqual({ en: 'All customers', 'zh-CN': '全部客户' });
    expect(result.bins).toBeNull();
    expect(members.schema.fields.map((f) => f.name)).toEqual(['customerId', 'segment', 'monetary']);
  });

  it('refuses what the data cannot give: RFM without features, rules on one customer, CLV on customers', () => {
    const rfm = spec({ model: 'rfm' });
    expect(() => segmentRun({ ...input, features: null }, rfm, hooks)).toThrow(
      expect.objectContaining({ code: 'E_MISSING_ROLE' }),
    );
    const one = { ...input, table: { ids: ['a'], fields: [] } };
    expect(() => segmentRun(one, spec({ model: 'rules', rules: anyRule }), hooks)).toThrow(
      expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS', details: { customers: 1 } }),
    );
    const customers = { ...input, dataset: { ...input.dataset, kind: 'customers' as const } };
    expect(() => segmentRun(customers, spec({ model: 'clv' }), hooks)).toThrow(
      expect.objectContaining({
        code: 'E_MISSING_ROLE',
        details: expect.objectContaining({ roles: ['customerId', 'orderDate', 'amount'] }),
      }),
    );
  });
});

describe('runName', () => {
  it('names a run after its model and scheme and the dataset, in English and Chinese', () => {
    const names = [
      spec({ model: 'rfm' }),
      spec({ model: 'rfm', scheme: 'eight' }),
      spec({ model: 'rules', rules: anyRule }),
      spec({ model: 'clv' }),
      spec({ model: 'clv', scheme: 'tiers' }),
      spec({ model: 'kmeans', k: 4, features: [{ field: 'recency' }, { field: 'monetary' }] }),
    ].map((s) => runName(s, 'orders'));
    expect(names).toEqual([
      { en: 'RFM · 11 · orders', 'zh-CN': 'RFM · 11 群 · orders' },
      { en: 'RFM · 8 · orders', 'zh-CN': 'RFM · 八大类 · orders' },
      { en: 'Rules · orders', 'zh-CN': '规则 · orders' },
      { en: 'CLV · value × activity · orders', 'zh-CN': 'CLV · 价值 × 活跃度 · orders' },
      { en: 'CLV · value tiers · orders', 'zh-CN': 'CLV · 价值分层 · orders' },
      { en: 'k-means · 4 · orders', 'zh-CN': 'k-means · 4 · orders' },
    ]);
  });
});
