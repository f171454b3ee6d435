import type { Overview } from '../../../shared/overview';
import { computeOverview } from '../../engine/overview/overview';
import { reportOverviewPeriod } from '../../engine/report/report-overview-period';
import type { JobContext } from '../protocol';
import { loadOverviewBase } from './overview-job';

/**
 * The Overview a run's report carries: its dataset's, for the `auto` period ending by the run's
 * analysis date, from the same engine function as `overview:get` (and its cached rows). Null for
 * a dataset of customers (no order lines to read) or without a dated order.
 */
export function reportOverview(
  workspacePath: string,
  dataset: { id: number; kind: string; currency: string },
  analysisDate: string,
  ctx: JobContext,
): Overview | null {
  if (dataset.kind !== 'transactions') return null;
  const { base } = loadOverviewBase(workspacePath, dataset.id, ctx);
  const { book } = base;
  if (book.size === 0) return null;
  const period = reportOverviewPeriod({ from: book.day[0], until: book.day[book.size - 1] }, analysisDate);
  return computeOverview(base, { id: dataset.id, currency: dataset.currency }, period);
}
