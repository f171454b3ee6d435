import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  customerFeatures,
  DAY_MS,
  type CustomerFeatures,
} from '../../../../../src/main/engine/features/customer-features';
import { prepareDataset, type PreparedDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { runRfm } from '../../../../../src/main/engine/models/rfm';
import { summarizeSegments } from '../../../../../src/main/engine/models/segment-summary';
import { EIGHT_CLASSES, ELEVEN_SEGMENTS } from '../../../../../src/shared/rfm-schemes';
import { rfmSpecSchema } from '../../../../../src/shared/segments';
import { repoRoot, sharedData } from '../../../../helpers/paths';

const NOW = Date.UTC(2026, 10, 24);
const ANALYSIS = Date.UTC(2006, 11, 31);

/** The committed reference (test/fixtures/rfm/make_reference.py, the rfm package's documented algorithm). */
function reference() {
  const lines = readFileSync(join(repoRoot, 'test', 'fixtures', 'rfm', 'rfm_data_orders_reference.csv'), 'utf8')
    .trim()
    .split('\n');
  const rows = lines.slice(1).filter((l) => !l.startsWith('#'));
  const bounds = Object.fromEntries(
    lines
      .filter((l) => l.startsWith('# '))
      .map((l) => {
        const [, name, lower, upper] = /^# (\w+) lower=(\S+) upper=(\S+)$/.exec(l)!;
        return [name, { lower: lower.split(',').map(Number), upper: upper.split(',').map(Number) }];
      }),
  );
  const byId = new Map(
    rows.map((l) => {
      const [id, last, recency, count, amount, r, f, m] = l.split(',');
      return [id, { last, recency: +recency, count: +count, amount: +amount, r: +r, f: +f, m: +m }];
    }),
  );
  return { byId, bounds };
}

const spec = (over: Record<string, unknown> = {}) => rfmSpecSchema.parse({ model: 'rfm', ...over });

describe('RFM on rfm_data_orders (the R package rfm sample)', () => {
  let prepared: PreparedDataset;
  let features: CustomerFeatures;
  const ref = reference();
  beforeAll(async () => {
    const raw = await readTable(sharedData('rfm_data_orders.csv'));
    prepared = prepareDataset(raw, {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    features = customerFeatures(prepared.table, prepared.roles, { analysisDate: ANALYSIS, frequency: 'rows' });
  });

  it('gives each customer the transaction count, last order, recency and amount of rfm_table_order', () => {
    expect(features.ids).toHaveLength(995);
    expect(features.transactions.reduce((a, b) => a + b, 0)).toBe(4906);
    features.ids.forEach((id, c) => {
      const want = ref.byId.get(id)!;
      expect([
        id,
        features.transactions[c],
        new Date(features.last[c]).toISOString().slice(0, 10),
        features.recency[c],
        features.monetary[c],
      ]).toEqual([id, want.count, want.last, want.recency, want.amount]);
    });
    const kizzy = features.ids.indexOf('Kizzy Doyle');
    expect([features.transactions[kizzy], features.monetary[kizzy], features.recency[kizzy]]).toEqual([13, 1488, 168]);
  });

  it('scores R, F and M 1–5 exactly as rfm_table_order does (quantile method, defaults)', () => {
    const result = runRfm(features, spec());
    let checked = 0;
    features.ids.forEach((id, c) => {
      const want = ref.byId.get(id)!;
      expect([id, result.r.scores[c], result.f.scores[c], result.m.scores[c]]).toEqual([id, want.r, want.f, want.m]);
      checked++;
    });
    expect(checked).toBe(995);
    // The bounds used, as the reference computes them, and as the package's own docs list them
    // (rounded) in their custom-threshold example: 115, 181, 297, 482 / 4, 5, 6, 8 / 256, 382, 506, 666.
    for (const [dim, scored] of [
      ['recency', result.r],
      ['frequency', result.f],
      ['monetary', result.m],
    ] as const) {
      expect(scored.bins.lower).toEqual(ref.bounds[dim].lower.map((v: number) => expect.closeTo(v, 9)));
      expect(scored.bins.upper).toEqual(ref.bounds[dim].upper.map((v: number) => expect.closeTo(v, 9)));
    }
    expect(result.r.bins.upper.slice(0, 4).map(Math.round)).toEqual([115, 181, 297, 482]);
    expect(result.f.bins.upper.slice(0, 4)).toEqual([4, 5, 6, 8]);
    expect(result.m.bins.upper.slice(0, 4).map(Math.round)).toEqual([256, 382, 506, 666]);
    expect(result.r.bins.scores).toEqual([5, 4, 3, 2, 1]);
    expect(result.r.bins.customers.reduce((a, b) => a + b, 0)).toBe(995);
  });

  it('uses fixed cut points as the package does for custom thresholds, and ranks with ties broken by id', () => {
    const cuts = { recency: [115, 181, 297, 482], frequency: [4, 5, 6, 8], monetary: [256, 382, 506, 666] };
    const fixed = runRfm(features, spec({ method: 'fixed', cuts }));
    features.ids.forEach((_, c) => {
      const expected = (v: number, cs: number[]) => cs.filter((x) => v >= x).length + 1;
      expect(fixed.f.scores[c]).toBe(expected(features.frequency[c], cuts.frequency));
      expect(fixed.m.scores[c]).toBe(expected(features.monetary[c], cuts.monetary));
      expect(fixed.r.scores[c]).toBe(6 - expected(features.recency[c], cuts.recency));
    });
    const rank = runRfm(features, spec({ method: 'rank' }));
    // Every score has 199 customers (995 / 5), and among equal frequencies the smaller id gets the lower score.
    expect(rank.f.bins.customers).toEqual([199, 199, 199, 199, 199]);
    const order = features.ids
      .map((_, c) => c)
      .sort((a, b) => features.frequency[a] - features.frequency[b] || (features.ids[a] < features.ids[b] ? -1 : 1));
    order.forEach((c, k) => expect(rank.f.scores[c]).toBe(Math.floor((5 * k) / 995) + 1));
  });

  it('puts customers in the 11 segments (first match) and the 8 classes, and summarises them', () => {
    const eleven = runRfm(features, spec());
    features.ids.forEach((_, c) => {
      const match = ELEVEN_SEGMENTS.findIndex((row) =>
        [eleven.r, eleven.f, eleven.m].every(
          (d, k) => d.scores[c] >= [row.r, row.f, row.m][k][0] && d.scores[c] <= [row.r, row.f, row.m][k][1],
        ),
      );
      expect(eleven.segments[eleven.segment[c]].key).toBe(match < 0 ? 'others' : ELEVEN_SEGMENTS[match].key);
    });
    const eight = runRfm(features, spec({ scheme: 'eight' }));
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(eight.split).toEqual({
      recency: mean(features.recency),
      frequency: mean(features.frequency),
      monetary: mean(features.monetary),
    });
    features.ids.forEach((_, c) => {
      const k = EIGHT_CLASSES[eight.segment[c]];
      expect([k.r, k.f, k.m]).toEqual([
        features.recency[c] < eight.split!.recency,
        features.frequency[c] > eight.split!.frequency,
        features.monetary[c] > eight.split!.monetary,
      ]);
    });
    const { rows, overall } = summarizeSegments(eight, features);
    expect(rows.reduce((s, row) => s + row.customers, 0)).toBe(995);
    expect(overall.revenue).toBe(464158);
    expect(rows.reduce((s, row) => s + row.revenue, 0)).toBe(464158);
    expect(overall.orders).toBe(4906);
    expect(rows[0].revenueShare).toBeCloseTo(rows[0].revenue / 464158, 12);
  });

  it('refuses data that cannot carry a segmentation, with a clear code', () => {
    const roles = prepared.roles;
    expect(() => customerFeatures(prepared.table, { ...roles, orderDate: undefined })).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE' }),
    );
    expect(() => customerFeatures(prepared.table, { ...roles, amount: undefined })).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE' }),
    );
    const same = {
      ids: ['a', 'b', 'c'],
      numericIds: null,
      recency: new Float64Array([3, 3, 3]),
      frequency: new Float64Array([1, 1, 1]),
      monetary: new Float64Array([9, 9, 9]),
    };
    expect(() => runRfm(same, spec())).toThrowError(expect.objectContaining({ code: 'E_NO_VARIATION' }));
    expect(() =>
      runRfm(
        {
          ...same,
          ids: ['a'],
          recency: new Float64Array([1]),
          frequency: new Float64Array([1]),
          monetary: new Float64Array([1]),
        },
        spec(),
      ),
    ).toThrowError(expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS' }));
    expect(features.analysisDate).toBe(ANALYSIS);
    expect(customerFeatures(prepared.table, roles).analysisDate).toBe(Date.UTC(2006, 11, 30) + DAY_MS);
  });
});
