import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Concentration, Finding } from '../../../../shared/overview';

/**
 * "Your top 20 % of customers bring 71 % of revenue": read off the Pareto curve of the period's
 * customers; with fewer than `concentrationCustomers` customers, none. `revenue` is the period's,
 * for what the top customers bring in money. Next step: an RFM run, to see who they are.
 */
export function concentrationFinding(concentration: Concentration | null, revenue: number | null): Finding | null {
  if (!concentration || concentration.customers < T.concentrationCustomers) return null;
  const top = concentration.top.find((t) => Math.abs(t.top - T.concentrationTop) < 1e-9);
  if (!top || !(top.share > 0)) return null;
  return {
    key: 'concentration',
    tone: 'neutral',
    values: {
      top: { kind: 'pct', value: top.top },
      customers: { kind: 'int', value: top.customers },
      share: { kind: 'pct', value: top.share },
      ...(revenue !== null && revenue > 0 ? { revenue: { kind: 'money' as const, value: top.share * revenue } } : {}),
    },
    action: { kind: 'rfm' },
  };
}
