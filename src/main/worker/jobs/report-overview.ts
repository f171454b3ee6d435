import { AppError } from '../../../shared/errors';
import type { Overview } from '../../../shared/overview';
import type { DatasetInfo } from '../../../shared/schemas';
import { reportOverviewPeriod } from '../../engine/report/report-overview-period';
import type { JobContext } from '../protocol';
import { loadOverviewSource } from './overview-job';

/** What the Overview says of data it cannot read; the run's report is made without it. */
const NO_OVERVIEW: ReadonlySet<string> = new Set([
  'E_MISSING_ROLE',
  'E_NO_VALUES',
  'E_OVERVIEW_NEEDS_ORDERS',
  'E_SUMMARY_NOT_SUPPORTED',
]);

/**
 * The Overview a run's report carries: its dataset's, for the `auto` period ending by the run's
 * analysis date, from the same engine function as `overview:get` (and its cached rows). Null for
 * a dataset of customers (no order lines to read; one summarised from them has its months), without
 * a dated order, or without a spend.
 */
export function reportOverview(
  workspacePath: string,
  dataset: Pick<DatasetInfo, 'id' | 'kind' | 'source'>,
  analysisDate: string,
  ctx: JobContext,
): Overview | null {
  if (dataset.kind !== 'transactions' && !dataset.source.summarised) return null;
  try {
    const { source } = loadOverviewSource(workspacePath, dataset.id, ctx);
    if (!source.data) return null;
    return source.overview(reportOverviewPeriod(source.data, analysisDate));
  } catch (err) {
    // A run the Overview cannot be read for (no spend column, no dated order) keeps its report, without the Overview.
    if (err instanceof AppError && NO_OVERVIEW.has(err.code)) return null;
    throw err;
  }
}
