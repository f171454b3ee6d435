import { describe, expect, it } from 'vitest';
import { concentrationFinding } from '../../../../../../src/main/engine/overview/findings/concentration-finding';
import type { Concentration } from '../../../../../../src/shared/overview';

/** 50 customers; the top 10 (20 %) bring 71 % of the revenue. */
const pareto = (customers: number): Concentration => ({
  customers,
  personal: null,
  curve: [
    [0, 0],
    [1, 1],
  ],
  top: [
    { top: 0.01, customers: 1, share: 0.1 },
    { top: 0.1, customers: 5, share: 0.4 },
    { top: 0.2, customers: 10, share: 0.71 },
  ],
  largest: [],
});

describe('concentrationFinding', () => {
  it('reads the top 20 % off the curve: 10 customers bring 71 %, £710 of £1,000', () => {
    expect(concentrationFinding(pareto(50), 1000)).toEqual({
      key: 'concentration',
      tone: 'neutral',
      values: {
        top: { kind: 'pct', value: 0.2 },
        customers: { kind: 'int', value: 10 },
        share: { kind: 'pct', value: 0.71 },
        revenue: { kind: 'money', value: 710 },
      },
      action: { kind: 'rfm' },
    });
  });

  it('is left out under 50 customers (49) and without customers; says no money without revenue', () => {
    expect(concentrationFinding(pareto(49), 1000)).toBeNull();
    expect(concentrationFinding(null, 1000)).toBeNull();
    expect(concentrationFinding(pareto(50), null)?.values.revenue).toBeUndefined();
  });
});
