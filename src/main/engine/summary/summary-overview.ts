import { FINDING_THRESHOLDS as T } from '../../../shared/finding-thresholds';
import { FIGURE_KEYS, type Finding, type Overview, type OverviewPeriod } from '../../../shared/overview';
import { isoOfDay } from '../overview/days';
import { monthFinding } from '../overview/findings/best-month';
import { cohortFinding } from '../overview/findings/cohort-finding';
import { concentrationFinding } from '../overview/findings/concentration-finding';
import { completeMonths } from '../overview/findings/finding-days';
import { returningRevenue } from '../overview/findings/returning-revenue';
import { FINDING_ORDER } from '../overview/overview-findings';
import type { Days } from '../overview/period';
import { summaryFigures } from './summary-figures';
import type { SummaryOverviewBase } from './summary-overview-base';
import { summaryCohorts, summaryConcentration, summaryTrend, summaryWhen } from './summary-panels';
import { resolveSummaryPeriod } from './summary-period';

const range = (d: Days) => ({ from: isoOfDay(d.from), until: isoOfDay(d.until) });

/**
 * The Overview of a dataset summarised per customer on import, from its aggregates and customers
 * (see SummaryOverviewBase): the same panels as an order file's, in whole months, with what a
 * summary cannot tell left out (null): places, the median gap, active customers of a period in
 * the middle of the data, and concentration other than over the whole history.
 */
export function summaryOverview(
  base: SummaryOverviewBase,
  dataset: { id: number; currency: string },
  asked: OverviewPeriod,
): Overview {
  const { period, previous } = resolveSummaryPeriod(asked, base.data);
  const now = summaryFigures(base, period, base.data);
  const before = previous ? summaryFigures(base, previous, base.data) : null;
  const overview: Omit<Overview, 'findings'> = {
    datasetId: dataset.id,
    hasCustomers: true,
    currency: dataset.currency,
    data: range(base.data),
    period: range(period.days),
    previous: previous ? range(previous.days) : null,
    figures: FIGURE_KEYS.map((key) => ({ key, value: now[key], previous: before ? before[key] : null })),
    grain: 'month',
    trend: summaryTrend(base, period),
    cohorts: summaryCohorts(base, period),
    concentration: summaryConcentration(base, period),
    places: null,
    when: summaryWhen(base, period),
  };
  return { ...overview, findings: summaryFindings(base, overview, period.days) };
}

/** Revenue per month of the months wholly inside the period and the data, oldest first. */
function completeMonthRevenue(base: SummaryOverviewBase, p: Days) {
  const { first, last } = completeMonths(Math.max(p.from, base.data.from), Math.min(p.until, base.data.until));
  if (last < first) return [];
  const months = Array.from({ length: last - first + 1 }, (_, i) => ({ month: first + i, revenue: 0 }));
  for (const [month, , , , revenue] of base.aggregates.months)
    if (month >= first && month <= last) months[month - first].revenue += revenue;
  return months;
}

/**
 * The findings the panels of a summary give (the ones about customers' own order histories —
 * regulars slipping, first buyers coming back, the new customers' trend — need the orders).
 */
function summaryFindings(base: SummaryOverviewBase, overview: Omit<Overview, 'findings'>, p: Days): Finding[] {
  const months = completeMonthRevenue(base, p);
  const revenue = overview.figures.find((f) => f.key === 'revenue')?.value ?? null;
  const analysisDay = p.until + 1;
  const found = [
    monthFinding(months, true),
    monthFinding(months, false),
    concentrationFinding(overview.concentration, revenue),
    cohortFinding(overview.cohorts, analysisDay, base.data.from, false),
    returningRevenue(overview.figures),
    cohortFinding(overview.cohorts, analysisDay, base.data.from, true),
  ];
  return found
    .filter((f): f is Finding => f !== null)
    .sort((a, b) => FINDING_ORDER.indexOf(a.key) - FINDING_ORDER.indexOf(b.key))
    .slice(0, T.shown);
}
