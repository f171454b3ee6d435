import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding } from '../../../../shared/overview';
import type { OverviewRows } from '../overview-rows';
import { firstDays } from './first-days';
import { monthOfDay, monthStart } from './finding-days';
import { changeTone } from './change-tone';

/** 1 for each customer who bought again on a later day within `repeatDays` of the first (one pass over the rows). */
function cameBackWithin(rows: OverviewRows, first: Float64Array): Uint8Array {
  const back = new Uint8Array(first.length);
  const { customer, day } = rows;
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    if (c < 0) continue;
    const f = first[c];
    if (day[r] > f && day[r] <= f + T.repeatDays) back[c] = 1;
  }
  return back;
}

/** Of the customers whose first day is in [from, until]: how many, and how many came back. */
function cohort(first: Float64Array, back: Uint8Array, from: number, until: number) {
  let buyers = 0;
  let returned = 0;
  for (let c = 0; c < first.length; c++) {
    if (first[c] < from || first[c] > until) continue;
    buyers++;
    returned += back[c];
  }
  return { buyers, returned };
}

/**
 * "Only 28 % of first-time buyers come back within 90 days (last year: 34 %)": of the customers
 * whose first purchase is in the year that ends `repeatDays` before the analysis day (so each one's
 * 90 days are all in the data), the share who bought again on a later day within them; the year
 * before for the comparison when the data cover it. The data's first month is left out (everyone
 * who bought before the data begin looks new in it). None under `repeatBuyers` buyers (the
 * comparison likewise). `first`: each customer's first day before the analysis day (firstDays).
 * Next step: the welcome-series playbook.
 */
export function firstRepeat(
  rows: OverviewRows,
  analysisDay: number,
  dataFrom: number,
  first = firstDays(rows, analysisDay),
): Finding | null {
  if (rows.customers === 0) return null;
  const back = cameBackWithin(rows, first);
  const counted = monthStart(monthOfDay(dataFrom) + 1);
  const until = analysisDay - 1 - T.repeatDays;
  const now = cohort(first, back, Math.max(until - T.yearDays + 1, counted), until);
  if (now.buyers < T.repeatBuyers) return null;
  const share = now.returned / now.buyers;
  const yearBefore = until - T.yearDays;
  const before =
    yearBefore - T.yearDays + 1 >= counted ? cohort(first, back, yearBefore - T.yearDays + 1, yearBefore) : null;
  const previous = before && before.buyers >= T.repeatBuyers ? before.returned / before.buyers : null;
  return {
    key: 'firstRepeat',
    tone: previous === null ? 'neutral' : changeTone(share - previous, T.steadyPoints),
    values: {
      share: { kind: 'pct', value: share },
      buyers: { kind: 'int', value: now.buyers },
      days: { kind: 'days', value: T.repeatDays },
      ...(previous === null ? {} : { previous: { kind: 'pct' as const, value: previous } }),
    },
    action: { kind: 'playbook', playbook: 'welcome' },
  };
}
