import { describe, expect, it } from 'vitest';
import { campaignResultsSchema } from '../../../../../src/shared/campaign';
import { campaignResults, type CampaignRow } from '../../../../../src/main/engine/stats/campaign';
import { welchTTest } from '../../../../../src/main/engine/stats/ab-test';

/** A run of customers c0… in segments by key, in order. */
const runOf = (segments: [string, number][]) => {
  const ids: string[] = [];
  const segment: number[] = [];
  segments.forEach(([, n], s) => {
    for (let i = 0; i < n; i++) {
      ids.push(`c${ids.length}`);
      segment.push(s);
    }
  });
  return { ids, segment: Int32Array.from(segment), keys: segments.map(([k]) => k) };
};
const row = (id: number, group: 'test' | 'control', responded: boolean, revenue: number | null): CampaignRow => ({
  id: `c${id}`,
  group,
  responded,
  revenue,
});

describe('campaign results where a statistic cannot be computed', () => {
  // champions c0–c5: mixed; others c6–c9: nobody responded, everyone spent 0 (the re-applied CDNOW run's segment 11);
  // single c10–c11: a group of one each; all c12–c15: everybody responded and spent 25; lonely c16: nobody in control.
  const run = runOf([
    ['champions', 6],
    ['others', 4],
    ['single', 2],
    ['all_in', 4],
    ['lonely', 1],
  ]);
  const rows: CampaignRow[] = [
    row(0, 'test', true, 40),
    row(1, 'test', false, 0),
    row(2, 'test', true, 55.5),
    row(3, 'control', false, 0),
    row(4, 'control', true, 30),
    row(5, 'control', false, 0),
    row(6, 'test', false, 0),
    row(7, 'test', false, 0),
    row(8, 'control', false, 0),
    row(9, 'control', false, 0),
    row(10, 'test', true, 12),
    row(11, 'control', false, 0),
    row(12, 'test', true, 25),
    row(13, 'test', true, 25),
    row(14, 'control', true, 25),
    row(15, 'control', true, 25),
    row(16, 'test', true, null),
  ];
  const result = campaignResults(rows, run);
  const seg = (key: string) => result.segments.find((s) => s.segment === key)!;

  it('passes its own schema (JSON round trip, as it crosses the worker and IPC): no NaN or Infinity turned into null', () => {
    expect(campaignResultsSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('nobody responded and no revenue spread: uplift 0, tests and t empty with their reasons, the difference kept', () => {
    expect(seg('others')).toEqual({
      segment: 'others',
      test: { customers: 2, responders: 0, rate: 0, revenuePerCustomer: 0 },
      control: { customers: 2, responders: 0, rate: 0, revenuePerCustomer: 0 },
      uplift: 0,
      upliftCi: [0, 0],
      relativeUplift: null,
      relativeCi: null,
      zTest: null,
      chiSquare: null,
      revenue: { difference: 0, t: null, df: null, p: null },
      why: { relative: 'noResponders', relativeCi: 'noResponders', tests: 'noResponders', revenue: 'sameRevenue' },
    });
  });

  it('a group of one: no revenue test (no spread in a group of one), the response tests computed', () => {
    const s = seg('single');
    expect([s.revenue, s.why.revenue, s.uplift, s.relativeUplift, s.why.relative]).toEqual([
      null,
      'noRevenue',
      1,
      null,
      'noResponders',
    ]);
    expect(s.zTest!.p).toBeCloseTo(0.1572992070502851, 12);
  });

  it('everybody responded and spent the same: tests empty (allResponded), the revenue difference 0 without t', () => {
    const s = seg('all_in');
    expect([s.zTest, s.chiSquare, s.why.tests, s.relativeUplift, s.relativeCi]).toEqual([
      null,
      null,
      'allResponded',
      0,
      [expect.any(Number), expect.any(Number)],
    ]);
    expect(s.revenue).toEqual({ difference: 0, t: null, df: null, p: null });
    expect(s.why.revenue).toBe('sameRevenue');
  });

  it('nobody in control: every comparison empty for emptyGroup', () => {
    expect(seg('lonely').why).toEqual({
      uplift: 'emptyGroup',
      relative: 'emptyGroup',
      relativeCi: 'emptyGroup',
      tests: 'emptyGroup',
      revenue: 'emptyGroup',
    });
    expect(seg('lonely').uplift).toBeNull();
  });

  it('the same spend in each group but different between them: the difference, no t (Welch divides by zero)', () => {
    const r = campaignResults(
      [row(0, 'test', true, 30), row(1, 'test', true, 30), row(2, 'control', true, 20), row(3, 'control', true, 20)],
      runOf([['champions', 4]]),
    );
    expect(welchTTest([30, 30], [20, 20]).t).toBe(Number.POSITIVE_INFINITY);
    expect(r.segments[0].revenue).toEqual({ difference: 10, t: null, df: null, p: null });
  });

  it('a computable segment keeps every figure and no reason', () => {
    const s = seg('champions');
    expect(s.why).toEqual({});
    expect(s.revenue).toEqual(welchTTest([40, 0, 55.5], [0, 30, 0]));
  });
});
