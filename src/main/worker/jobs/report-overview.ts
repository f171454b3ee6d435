import { AppError } from '../../../shared/errors';
import type { Overview } from '../../../shared/overview';
import { computeOverview } from '../../engine/overview/overview';
import { reportOverviewPeriod } from '../../engine/report/report-overview-period';
import type { JobContext } from '../protocol';
import { loadOverviewBase } from './overview-job';

/** What the Overview says of data it cannot read; the run's report is made without it. */
const NO_OVERVIEW: ReadonlySet<string> = new Set(['E_MISSING_ROLE', 'E_NO_VALUES', 'E_OVERVIEW_NEEDS_ORDERS']);

/**
 * The Overview a run's report carries: its dataset's, for the `auto` period ending by the run's
 * analysis date, from the same engine function as `overview:get` (and its cached rows). Null for
 * a dataset of customers (no order lines to read), without a dated order, or without a spend.
 */
export function reportOverview(
  workspacePath: string,
  dataset: { id: number; kind: string; currency: string },
  analysisDate: string,
  ctx: JobContext,
): Overview | null {
  if (dataset.kind !== 'transactions') return null;
  try {
    const { base } = loadOverviewBase(workspacePath, dataset.id, ctx);
    const { book } = base;
    if (book.size === 0) return null;
    const period = reportOverviewPeriod({ from: book.day[0], until: book.day[book.size - 1] }, analysisDate);
    return computeOverview(base, { id: dataset.id, currency: dataset.currency }, period);
  } catch (err) {
    // A run the Overview cannot be read for (no spend column, no dated order) keeps its report, without the Overview.
    if (err instanceof AppError && NO_OVERVIEW.has(err.code)) return null;
    throw err;
  }
}
