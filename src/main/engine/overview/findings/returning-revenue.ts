import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding } from '../../../../shared/overview';
import type { OverviewRows } from '../overview-rows';
import { changeTone } from './change-tone';
import type { Days } from './complete-month-revenue';
import { firstDays } from './first-days';

/** In a range of days: the customers' revenue, the part bought on a later day than each one's first, and the customers. */
function split(rows: OverviewRows, first: Float64Array, { from, until }: Days) {
  const { customer, day, spend } = rows;
  const active = new Uint8Array(rows.customers);
  let revenue = 0;
  let returning = 0;
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    const d = day[r];
    if (c < 0 || !(d >= from && d <= until)) continue;
    active[c] = 1;
    const s = spend[r];
    if (s !== s) continue;
    revenue += s;
    if (d > first[c]) returning += s;
  }
  let customers = 0;
  for (let c = 0; c < active.length; c++) customers += active[c];
  return { revenue, returning, customers };
}

/**
 * The share of the period's revenue (from customers) that comes from customers buying again: each
 * purchase on a later day than the customer's first ever (so the whole history has it too),
 * against the period before when there is one. None without customers, with fewer than
 * `returningCustomers` customers buying in the period, or no revenue. Next step: the
 * welcome-series playbook when under half comes from returning customers, else the VIP one.
 */
export function returningRevenue(
  rows: OverviewRows,
  analysisDay: number,
  period: Days,
  previous: Days | null,
  first = firstDays(rows, analysisDay),
): Finding | null {
  if (rows.customers === 0) return null;
  const now = split(rows, first, period);
  if (now.customers < T.returningCustomers || !(now.revenue > 0)) return null;
  const share = now.returning / now.revenue;
  const before = previous ? split(rows, first, previous) : null;
  const prior = before && before.customers >= T.returningCustomers && before.revenue > 0 ? before : null;
  const previousShare = prior ? prior.returning / prior.revenue : null;
  return {
    key: 'returningRevenue',
    tone: previousShare === null ? 'neutral' : changeTone(share - previousShare, T.steadyPoints),
    values: {
      share: { kind: 'pct', value: share },
      revenue: { kind: 'money', value: now.returning },
      ...(previousShare === null ? {} : { previous: { kind: 'pct' as const, value: previousShare } }),
    },
    action: { kind: 'playbook', playbook: share < 0.5 ? 'welcome' : 'vip' },
  };
}
