import { describe, expect, it } from 'vitest';
import { groupCustomers, groupSummary } from '../../../../../src/main/engine/clv/group-summary';

describe('groupCustomers', () => {
  it('one group per distinct (x, tₓ, T) in the order first met, its weight the customers in it; each customer’s group; the distinct times', () => {
    const x = Float64Array.from([0, 2, 0, 2, 1, 2, 0]);
    const tx = Float64Array.from([0, 5.5, 0, 5.5, 3, 5.5, 0]);
    const T = Float64Array.from([10, 12, 10, 12, 12, 11, 9]);
    const { groups, of } = groupCustomers(x, tx, T);
    expect([...groups.x]).toEqual([0, 2, 1, 2, 0]);
    expect([...groups.tx]).toEqual([0, 5.5, 3, 5.5, 0]);
    expect([...groups.T]).toEqual([10, 12, 12, 11, 9]);
    expect([...groups.weight]).toEqual([2, 2, 1, 1, 1]);
    expect([...of]).toEqual([0, 1, 0, 1, 2, 3, 4]);
    expect([...groups.times]).toEqual([0, 3, 5.5, 9, 10, 11, 12]);
    groups.x.forEach((_, g) => {
      expect(groups.times[groups.txAt[g]]).toBe(groups.tx[g]);
      expect(groups.times[groups.TAt[g]]).toBe(groups.T[g]);
    });
    expect(groupSummary(x, tx, T)).toEqual(groups);
  });

  it('10^5 customers on 40 × 30 × 50 values: the groups a direct count finds, with their counts', () => {
    const n = 100_000;
    const x = Float64Array.from({ length: n }, (_, i) => (i * 7) % 40);
    const tx = Float64Array.from({ length: n }, (_, i) => ((i * 13) % 30) / 7);
    const T = Float64Array.from({ length: n }, (_, i) => 5 + ((i * 11) % 50) / 7);
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++)
      counts.set(`${x[i]}|${tx[i]}|${T[i]}`, (counts.get(`${x[i]}|${tx[i]}|${T[i]}`) ?? 0) + 1);
    const { groups, of } = groupCustomers(x, tx, T);
    expect(groups.x.length).toBe(counts.size);
    let wrong = 0;
    groups.x.forEach((_, g) => {
      if (groups.weight[g] !== counts.get(`${groups.x[g]}|${groups.tx[g]}|${groups.T[g]}`)) wrong++;
    });
    for (let i = 0; i < n; i++) {
      const g = of[i];
      if (groups.x[g] !== x[i] || groups.tx[g] !== tx[i] || groups.T[g] !== T[i]) wrong++;
    }
    expect(wrong).toBe(0);
  });
});
