import { describe, expect, it } from 'vitest';
import { clvSpecSchema } from '../../../src/shared/clv';
import { clusterSpecSchema } from '../../../src/shared/cluster';
import { reappliedSpec } from '../../../src/shared/reapply';
import { rfmSpecSchema, rulesSpecSchema, type RunResult } from '../../../src/shared/segments';

/** A run result with RFM bins (lower bounds per score, the first being the minimum). */
const withBins = (bins: Record<'recency' | 'frequency' | 'monetary', (number | null)[]>): RunResult =>
  ({
    bins: Object.fromEntries(
      Object.entries(bins).map(([k, lower]) => [k, { lower, upper: [], scores: [], customers: [], empty: [] }]),
    ),
  }) as unknown as RunResult;

describe('re-applying a run', () => {
  const bins = withBins({
    recency: [1, 30, 90, 180, 365],
    frequency: [1, 1, 2, 4, 8],
    monetary: [5, 50, 100, 200, 500],
  });

  it('RFM keeps the original cut points as fixed cuts (ties included), or recomputes them when asked', () => {
    const spec = rfmSpecSchema.parse({ model: 'rfm', analysisDate: '2011-06-30' });
    const kept = reappliedSpec(spec, bins, 7, { analysisDate: '2011-12-10', windowDays: 365 });
    expect(kept).toMatchObject({
      model: 'rfm',
      method: 'fixed',
      analysisDate: '2011-12-10',
      windowDays: 365,
      basedOn: 7,
      cuts: { recency: [30, 90, 180, 365], frequency: [1, 2, 4, 8], monetary: [50, 100, 200, 500] },
    });
    expect(rfmSpecSchema.safeParse(kept).success).toBe(true);
    const fresh = reappliedSpec(spec, bins, 7, { analysisDate: '2011-12-10', recompute: true });
    expect(fresh).toMatchObject({ method: 'quantile', basedOn: 7 });
    expect('cuts' in fresh && fresh.cuts).toBeFalsy();
    // The 8 classes split at the mean or median of the data: they are recomputed.
    expect(reappliedSpec(rfmSpecSchema.parse({ model: 'rfm', scheme: 'eight' }), bins, 7, {})).toMatchObject({
      method: 'quantile',
      basedOn: 7,
    });
  });

  it('rules apply as they are; a CLV run calibrates to the day before; clusters and CLV windows are refused with a way forward', () => {
    const rules = rulesSpecSchema.parse({
      model: 'rules',
      rules: [
        {
          key: 'vip',
          name: { en: 'VIP', 'zh-CN': '贵宾' },
          when: { all: [{ field: 'monetary', op: 'range', min: 1000 }] },
        },
      ],
    });
    expect(reappliedSpec(rules, bins, 3, { analysisDate: '2012-01-01' })).toEqual({
      ...rules,
      analysisDate: '2012-01-01',
      windowDays: undefined,
      basedOn: 3,
    });
    const clv = clvSpecSchema.parse({ model: 'clv', calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' });
    expect(reappliedSpec(clv, bins, 4, { analysisDate: '1998-07-01' })).toMatchObject({
      model: 'clv',
      calibrationEnd: '1998-06-30',
      holdoutEnd: undefined,
      basedOn: 4,
    });
    expect(() => reappliedSpec(clv, bins, 4, { windowDays: 30 })).toThrow(
      expect.objectContaining({ code: 'E_BAD_SPEC' }),
    );
    const cluster = clusterSpecSchema.parse({ model: 'kmeans', features: [{ field: 'monetary' }] });
    expect(() => reappliedSpec(cluster, bins, 5, {})).toThrow(/Save as a rule segmentation/);
  });
});
