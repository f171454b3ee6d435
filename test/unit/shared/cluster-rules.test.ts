import { describe, expect, it } from 'vitest';
import type { CustomerTable } from '../../../src/main/engine/features/customer-table';
import { applyRules } from '../../../src/main/engine/models/rules';
import type { ClusterResult } from '../../../src/shared/cluster';
import { clusterRules } from '../../../src/shared/cluster-rules';
import { simplifyTests } from '../../../src/shared/simplify-tests';

/** Six customers: a city (one missing, one first seen "next month") and a spend (one missing). */
const table: CustomerTable = {
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  fields: [
    {
      name: 'city',
      kind: 'category',
      codes: Int32Array.from([0, 1, 2, -1, 3, 0]),
      labels: ['Beijing', 'Shanghai', 'Shenzhen', 'Lhasa'],
    },
    { name: 'spend', kind: 'number', values: Float64Array.from([10, 50, 90, Number.NaN, 30, 70]) },
  ],
};

describe('rules from a clustering’s tree', () => {
  it('“≠ value” becomes “none of” (a value first seen later included) or missing; “at least” takes missing numbers, as the tree sends them', () => {
    const tree: ClusterResult['tree'] = {
      agreement: 1,
      sample: null,
      leaves: [
        {
          tests: [
            { feature: 'city', op: 'is', value: 'Beijing', others: ['Shanghai', 'Shenzhen', '(missing)'] },
            { feature: 'spend', op: 'below', threshold: 40 },
          ],
          label: 0,
          customers: 1,
          agreeing: 1,
        },
        {
          tests: [
            { feature: 'city', op: 'is', value: 'Beijing', others: ['Shanghai', 'Shenzhen', '(missing)'] },
            { feature: 'spend', op: 'atLeast', threshold: 40 },
          ],
          label: 1,
          customers: 1,
          agreeing: 1,
        },
        {
          tests: [{ feature: 'city', op: 'isNot', value: 'Beijing', others: ['Shanghai', 'Shenzhen', '(missing)'] }],
          label: 2,
          customers: 3,
          agreeing: 3,
        },
      ],
    };
    const rules = clusterRules(
      tree,
      [0, 1, 2].map((c) => ({ key: `cluster_${c + 1}`, name: { en: `C${c + 1}`, 'zh-CN': `C${c + 1}` } })),
    );
    expect(rules[2].when).toEqual({
      all: [
        {
          any: [
            { field: 'city', op: 'notIn', values: ['Beijing'] },
            { field: 'city', op: 'missing' },
          ],
        },
      ],
    });
    expect(rules[1].when).toEqual({
      all: [
        { field: 'city', op: 'in', values: ['Beijing'] },
        {
          any: [
            { field: 'spend', op: 'range', min: 40, max: null },
            { field: 'spend', op: 'missing' },
          ],
        },
      ],
    });
    // a: Beijing 10 → C1; f: Beijing 70 → C2; b, c: other cities → C3; d: no city → C3; e: Lhasa, never seen by the tree → C3.
    expect([...applyRules(table, rules).segment]).toEqual([0, 2, 2, 2, 2, 1]);
  });

  it('“none of” holds for a value outside the list, never for a missing one', () => {
    const { segment } = applyRules(table, [
      {
        key: 'x',
        name: { en: 'X', 'zh-CN': 'X' },
        when: { all: [{ field: 'city', op: 'notIn', values: ['Beijing', 'Shanghai'] }] },
      },
    ]);
    expect([...segment]).toEqual([1, 1, 0, 1, 0, 1]);
    const numbers = applyRules(table, [
      {
        key: 'y',
        name: { en: 'Y', 'zh-CN': 'Y' },
        when: { all: [{ field: 'spend', op: 'notIn', values: ['10', '90'] }] },
      },
    ]);
    expect([...numbers.segment]).toEqual([1, 0, 1, 1, 0, 0]);
  });

  it('simplifies a path’s tests on one number field to one interval (“Income < 69.5 and Income < 39.5” is “Income < 39.5”)', () => {
    const tests: ClusterResult['tree']['leaves'][number]['tests'] = [
      { feature: 'Income', op: 'below', threshold: 69.5 },
      { feature: 'city', op: 'is', value: 'Beijing', others: ['Shanghai'] },
      { feature: 'Income', op: 'below', threshold: 39.5 },
      { feature: 'Income', op: 'atLeast', threshold: 20 },
      { feature: 'Score', op: 'atLeast', threshold: 10 },
      { feature: 'Score', op: 'atLeast', threshold: 35 },
    ];
    expect(simplifyTests(tests)).toEqual([
      { feature: 'Income', min: 20, max: 39.5, missing: false },
      { feature: 'city', op: 'is', value: 'Beijing', others: ['Shanghai'] },
      { feature: 'Score', min: 35, max: null, missing: true },
    ]);
    const [rule] = clusterRules(
      { agreement: 1, sample: null, leaves: [{ tests, label: 0, customers: 1, agreeing: 1 }] },
      [{ key: 'cluster_1', name: { en: 'C1', 'zh-CN': 'C1' } }],
    );
    expect(rule.when).toEqual({
      all: [
        { field: 'Income', op: 'range', min: 20, max: 39.5 },
        { field: 'city', op: 'in', values: ['Beijing'] },
        {
          any: [
            { field: 'Score', op: 'range', min: 35, max: null },
            { field: 'Score', op: 'missing' },
          ],
        },
      ],
    });
  });
});
