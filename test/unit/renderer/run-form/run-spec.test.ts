import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER } from '../../../../src/renderer/src/components/cluster-builder/cluster-draft';
import { DEFAULT_CLV } from '../../../../src/renderer/src/components/ClvBuilder';
import { clampTable, runDrafts } from '../../../../src/renderer/src/components/run-form/run-drafts';
import { runSpec } from '../../../../src/renderer/src/components/run-form/run-spec';
import { elevenSegments } from '../../../../src/shared/rfm-schemes';
import type { SegmentRule } from '../../../../src/shared/segments';

const t = (key: string) => `<${key}>`;
const vip: SegmentRule = {
  key: 'vip',
  name: { en: 'VIP', 'zh-CN': '贵宾' },
  when: { all: [{ field: 'monetary', op: 'range', min: 1000, max: null }] },
};
const rfmChoice = { scheme: 'eleven' as const, bins: 5 as const, method: 'quantile' as const };

describe('runDrafts', () => {
  it('starts a new run from the defaults: the 11-segment table, no rules', () => {
    expect(runDrafts(undefined)).toEqual({
      table: elevenSegments(5),
      rules: [],
      cluster: DEFAULT_CLUSTER,
      clv: DEFAULT_CLV,
    });
  });

  it('starts an edited rules run from its rules, with the names the user gave them', () => {
    const drafts = runDrafts({
      model: 'rules',
      rules: [vip],
      frequency: 'orders',
      names: { vip: { en: 'Best', 'zh-CN': '最佳' } },
    });
    expect(drafts.rules).toEqual([{ ...vip, name: { en: 'Best', 'zh-CN': '最佳' } }]);
  });

  it('starts an edited order-segments run from its rules', () => {
    const byRegion: SegmentRule = {
      key: 'region_1',
      name: { en: '华东', 'zh-CN': '华东' },
      when: { all: [{ field: 'region', op: 'in', values: ['华东'] }] },
    };
    const drafts = runDrafts({ model: 'orders', rules: [byRegion], frequency: 'orders' });
    expect(drafts.rules).toEqual([byRegion]);
    // The spec it makes again: order segments, without an analysis day.
    expect(runSpec({ ...rfmChoice, scheme: 'orders', analysisDate: '2020-03-01' }, drafts, undefined, t)).toEqual({
      spec: { model: 'orders', rules: [byRegion], frequency: 'orders' },
    });
    expect(runSpec({ ...rfmChoice, scheme: 'orders' }, { ...drafts, rules: [] }, undefined, t)).toEqual({
      problem: '<rules.empty>',
    });
  });

  it('starts an edited clustering run from its settings, without the analysis day (the form holds it)', () => {
    const spec = { ...DEFAULT_CLUSTER, k: 6, analysisDate: '2024-01-01' };
    expect(runDrafts(spec).cluster).toEqual({ ...DEFAULT_CLUSTER, k: 6 });
  });
});

describe('clampTable', () => {
  it('brings scores above the new number of scores down to it', () => {
    const [champions] = elevenSegments(5);
    expect(champions.r).toEqual([4, 5]);
    const [clamped] = clampTable([champions], 3);
    expect([clamped.r, clamped.f, clamped.m]).toEqual([
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
  });
});

describe('runSpec', () => {
  const drafts = runDrafts(undefined);

  it('makes an RFM spec from the form, with the analysis day and the kept names', () => {
    expect(
      runSpec({ ...rfmChoice, analysisDate: '2024-06-30' }, drafts, { champions: { en: 'Stars', 'zh-CN': '明星' } }, t),
    ).toEqual({
      spec: {
        model: 'rfm',
        scheme: 'eleven',
        bins: 5,
        method: 'quantile',
        split: 'mean',
        frequency: 'orders',
        analysisDate: '2024-06-30',
        names: { champions: { en: 'Stars', 'zh-CN': '明星' } },
      },
    });
  });

  it('keeps only the Others name for an own table or rules (their names live in the rows)', () => {
    const kept = { vip: { en: 'x', 'zh-CN': 'x' }, others: { en: 'Rest', 'zh-CN': '其余' } };
    expect(runSpec({ ...rfmChoice, scheme: 'rules' }, { ...drafts, rules: [vip] }, kept, t)).toEqual({
      spec: { model: 'rules', rules: [vip], frequency: 'orders', names: { others: { en: 'Rest', 'zh-CN': '其余' } } },
    });
    const table = runSpec({ ...rfmChoice, scheme: 'table' }, drafts, kept, t);
    expect(table).toEqual({
      spec: {
        model: 'rfm',
        scheme: 'table',
        bins: 5,
        method: 'quantile',
        split: 'mean',
        frequency: 'orders',
        table: drafts.table,
        names: { others: { en: 'Rest', 'zh-CN': '其余' } },
      },
    });
  });

  it('says what keeps a draft from running', () => {
    expect(runSpec({ ...rfmChoice, scheme: 'rules' }, drafts, undefined, t)).toEqual({ problem: '<rules.empty>' });
    expect(runSpec({ ...rfmChoice, scheme: 'cluster' }, drafts, undefined, t)).toEqual({
      problem: '<cluster.needFields>',
    });
    const clv = { ...drafts.clv, alive: { lost: 0.8, active: 0.7 } };
    expect(runSpec({ ...rfmChoice, scheme: 'clv' }, { ...drafts, clv }, undefined, t)).toEqual({
      problem: '<clv.bandsOrder>',
    });
  });

  it('makes a CLV spec without an analysis day (CLV has its own periods)', () => {
    expect(runSpec({ ...rfmChoice, scheme: 'clv', analysisDate: '2024-06-30' }, drafts, undefined, t)).toEqual({
      spec: DEFAULT_CLV,
    });
  });
});
