import type { OverviewPeriod } from '../../../shared/overview';
import { dayOfIso, isoOfDay } from '../overview/days';
import { type Days, resolvePeriod } from '../overview/period';

/**
 * The Overview period of a run's report: the Overview's `auto` period on the run's dataset, ending
 * no later than the day before the run's analysis date (the run counts only the orders before
 * that day). `data` are the dataset's first and last order days; `analysisDate` is YYYY-MM-DD, or
 * empty when the run has none. When the data end before that day, it is `auto` itself, so the
 * report shows what the app's Overview opens on; else `auto` on the data up to that day, as a range.
 */
export function reportOverviewPeriod(data: Days, analysisDate: string): OverviewPeriod {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(analysisDate)) return { kind: 'auto' };
  const last = dayOfIso(analysisDate) - 1;
  if (last >= data.until || last < data.from) return { kind: 'auto' };
  const { period } = resolvePeriod({ kind: 'auto' }, { from: data.from, until: last });
  return { kind: 'range', from: isoOfDay(period.from), until: isoOfDay(period.until) };
}
