import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding, KeyFigure } from '../../../../shared/overview';
import { changeTone } from './change-tone';

/** A period's revenue from customers buying again as a share of its revenue, when enough customers bought. */
function shareOf(revenue: number | null, returning: number | null, customers: number | null): number | null {
  if (revenue === null || returning === null || customers === null) return null;
  return customers >= T.returningCustomers && revenue > 0 ? returning / revenue : null;
}

/**
 * The share of the period's revenue that comes from customers buying again — the key figure
 * "revenue from returning customers" (orders on a later day than the customer's first) over the
 * revenue — against the period before when there is one. None without customers, with fewer
 * than `returningCustomers` customers buying in the period, or no revenue. Next step: the
 * welcome-series playbook when under half comes from returning customers, else the VIP one.
 */
export function returningRevenue(figures: readonly KeyFigure[]): Finding | null {
  const of = (key: KeyFigure['key']) => figures.find((f) => f.key === key);
  const [revenue, returning, active] = [of('revenue'), of('returningRevenue'), of('activeCustomers')];
  if (!revenue || !returning || !active) return null;
  const share = shareOf(revenue.value, returning.value, active.value);
  if (share === null) return null;
  const previousShare = shareOf(revenue.previous, returning.previous, active.previous);
  return {
    key: 'returningRevenue',
    tone: previousShare === null ? 'neutral' : changeTone(share - previousShare, T.steadyPoints),
    values: {
      share: { kind: 'pct', value: share },
      revenue: { kind: 'money', value: returning.value! },
      ...(previousShare === null ? {} : { previous: { kind: 'pct' as const, value: previousShare } }),
    },
    action: { kind: 'playbook', playbook: share < 0.5 ? 'welcome' : 'vip' },
  };
}
