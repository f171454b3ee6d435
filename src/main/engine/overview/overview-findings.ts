import { FINDING_THRESHOLDS as T } from '../../../shared/finding-thresholds';
import type { Finding, FindingKey, Overview } from '../../../shared/overview';
import { bestMonth } from './findings/best-month';
import { cohortFinding } from './findings/cohort-finding';
import { concentrationFinding } from './findings/concentration-finding';
import { dayOfIso } from './findings/finding-days';
import { firstDays } from './findings/first-days';
import { firstRepeat } from './findings/first-repeat';
import { newCustomersTrend } from './findings/new-customers-trend';
import { returningRevenue } from './findings/returning-revenue';
import { slippingRegulars } from './findings/slipping-regulars';
import { worstMonth } from './findings/worst-month';
import type { OverviewRows } from './overview-rows';

/**
 * The order findings are shown in, the most money at stake first: customers about to be lost,
 * how much rests on the top customers, whether new buyers come back, a cohort that keeps
 * fewer, where new customers are heading, the repeat business, then the calendar and a cohort
 * to learn from.
 */
export const FINDING_ORDER: readonly FindingKey[] = [
  'slippingRegulars',
  'concentration',
  'firstRepeat',
  'cohortWorse',
  'newCustomersTrend',
  'returningRevenue',
  'bestMonth',
  'worstMonth',
  'cohortBetter',
];

/**
 * The findings of an Overview, in the order they are shown (at most `shown`): each made by a pure
 * rule from the Overview's panels (and, for the ones about customers' own histories, from the
 * rows), none when its data are too thin. `analysisDay` is the UTC day number after the period's
 * last day. Orders without customer ids get only the months.
 */
export function overviewFindings(
  overview: Omit<Overview, 'findings'>,
  rows: OverviewRows,
  analysisDay: number,
): Finding[] {
  const period = { from: dayOfIso(overview.period.from), until: dayOfIso(overview.period.until) };
  const data = { from: dayOfIso(overview.data.from), until: dayOfIso(overview.data.until) };
  const previous = overview.previous
    ? { from: dayOfIso(overview.previous.from), until: dayOfIso(overview.previous.until) }
    : null;
  const customers = overview.hasCustomers && rows.customers > 0;
  const revenue = overview.figures.find((f) => f.key === 'revenue')?.value ?? null;
  const found: (Finding | null)[] = [bestMonth(rows, period, data), worstMonth(rows, period, data)];
  if (customers) {
    // Each customer's first day, read once for the three findings about first purchases.
    const first = firstDays(rows, analysisDay);
    found.push(
      slippingRegulars(rows, analysisDay),
      concentrationFinding(overview.concentration, revenue),
      firstRepeat(rows, analysisDay, data.from, first),
      cohortFinding(overview.cohorts, analysisDay, data.from, false),
      newCustomersTrend(rows, analysisDay, data.from, first),
      returningRevenue(rows, analysisDay, period, previous, first),
      cohortFinding(overview.cohorts, analysisDay, data.from, true),
    );
  }
  return found
    .filter((f): f is Finding => f !== null)
    .sort((a, b) => FINDING_ORDER.indexOf(a.key) - FINDING_ORDER.indexOf(b.key))
    .slice(0, T.shown);
}
