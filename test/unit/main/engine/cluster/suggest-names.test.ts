import { describe, expect, it } from 'vitest';
import { suggestClusterNames } from '../../../../../src/main/engine/cluster/suggest-names';
import type { Persona } from '../../../../../src/main/engine/profile/personas';

/** A persona with these standardised differences (the other figures do not name a cluster). */
const persona = (segment: number, traits: Record<string, number>): Persona => ({
  segment,
  customers: 10,
  numeric: Object.entries(traits).map(([field, difference]) => ({
    field,
    difference,
    mean: 0,
    overallMean: 0,
    overallSd: 1,
  })),
  categories: [],
  description: { en: '', 'zh-CN': '' },
});

const INCOME = 'Annual Income (k$)';
const SCORE = 'Spending Score (1-100)';

describe('names for clusters', () => {
  it('names Mall customers’ clusters by their distinguishing fields, without units, in both languages', () => {
    // The five k-means clusters of Mall_Customers.csv on income and spending score (differences in sd).
    const names = suggestClusterNames(
      [
        persona(0, { Age: 0.28, [INCOME]: -0.2, [SCORE]: -0.03 }),
        persona(1, { [SCORE]: 1.24, [INCOME]: 0.99, Age: -0.44 }),
        persona(2, { [SCORE]: -1.28, [INCOME]: 1.05, Age: 0.16 }),
        persona(3, { [INCOME]: -1.3, [SCORE]: -1.13, Age: 0.46 }),
      ],
      [INCOME, SCORE],
      [1, 2, 3, 4].map((n) => ({ en: `Cluster ${n}`, 'zh-CN': `第 ${n} 群` })),
    );
    expect(names).toEqual([
      { en: 'Average annual income and spending score', 'zh-CN': 'Annual Income、Spending Score居中' },
      { en: 'High spending score, high annual income', 'zh-CN': 'Spending Score高、Annual Income高' },
      { en: 'Low spending score, high annual income', 'zh-CN': 'Spending Score低、Annual Income高' },
      { en: 'Low annual income, low spending score', 'zh-CN': 'Annual Income低、Spending Score低' },
    ]);
  });

  it('reads the customer features by their names: recent, high spend', () => {
    const [name] = suggestClusterNames([persona(0, { recency: -0.9, monetary: 0.6 })], [], [{ en: 'C', 'zh-CN': 'C' }]);
    expect(name).toEqual({ en: 'Recent, high spend', 'zh-CN': '近期活跃、消费金额高' });
  });
});
