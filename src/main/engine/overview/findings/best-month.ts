import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding } from '../../../../shared/overview';
import type { OverviewRows } from '../overview-rows';
import { completeMonthRevenue, type Days } from './complete-month-revenue';
import { isoMonth } from './finding-days';

/**
 * The month with the most (`best`) or the least revenue among the period's complete months,
 * against their average; none with fewer than `months` complete months or when every month
 * brought the same. The first such month on a tie.
 */
export function monthFinding(months: { month: number; revenue: number }[], best: boolean): Finding | null {
  if (months.length < T.months) return null;
  const pick = months.reduce((a, b) => ((best ? b.revenue > a.revenue : b.revenue < a.revenue) ? b : a));
  const average = months.reduce((n, m) => n + m.revenue, 0) / months.length;
  if (!(average > 0) || pick.revenue === average) return null;
  return {
    key: best ? 'bestMonth' : 'worstMonth',
    tone: best ? 'good' : 'neutral',
    values: {
      month: { kind: 'month', value: isoMonth(pick.month) },
      revenue: { kind: 'money', value: pick.revenue },
      average: { kind: 'money', value: average },
      difference: { kind: 'pct', value: pick.revenue / average - 1 },
      months: { kind: 'int', value: months.length },
    },
    action: null,
  };
}

/** "Your best month was November 2011: £1,161,817, 58 % above the monthly average." */
export const bestMonth = (rows: OverviewRows, period: Days, data: Days) =>
  monthFinding(completeMonthRevenue(rows, period, data), true);
