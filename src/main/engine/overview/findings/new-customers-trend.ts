import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding } from '../../../../shared/overview';
import type { OverviewRows } from '../overview-rows';
import { firstDays } from './first-days';
import { changeTone } from './change-tone';
import { completeMonths, isoMonth, monthOfDay, monthStart } from './finding-days';

/**
 * New customers (first purchase ever) in the last `trendMonths` complete months before the
 * analysis day against the as many months before them: up, down, or about the same (a change
 * under `steadyChange`). The months compared must come after the data's first month (everyone
 * who bought before the data begin looks new in it); none with fewer than `trendCustomers` new
 * customers in the earlier months. Next step: the welcome-series playbook, to make them stay.
 */
export function newCustomersTrend(
  rows: OverviewRows,
  analysisDay: number,
  dataFrom: number,
  first = firstDays(rows, analysisDay),
): Finding | null {
  if (rows.customers === 0) return null;
  const last = completeMonths(dataFrom, analysisDay - 1).last;
  const start = last - 2 * T.trendMonths + 1;
  if (start <= monthOfDay(dataFrom)) return null;
  let recent = 0;
  let before = 0;
  const [from, middle, end] = [monthStart(start), monthStart(last - T.trendMonths + 1), monthStart(last + 1)];
  for (const f of first) {
    if (f >= middle && f < end) recent++;
    else if (f >= from && f < middle) before++;
  }
  if (before < T.trendCustomers) return null;
  const change = recent / before - 1;
  return {
    key: 'newCustomersTrend',
    tone: changeTone(change, T.steadyChange),
    values: {
      recent: { kind: 'int', value: recent },
      before: { kind: 'int', value: before },
      change: { kind: 'pct', value: change },
      from: { kind: 'month', value: isoMonth(last - T.trendMonths + 1) },
      until: { kind: 'month', value: isoMonth(last) },
    },
    action: { kind: 'playbook', playbook: 'welcome' },
  };
}
