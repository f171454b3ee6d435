import { AppError } from '../../../shared/errors';
import type { Overview, OverviewPeriod } from '../../../shared/overview';
import type { DatasetInfo } from '../../../shared/schemas';
import { computeOverview, overviewBase } from '../../engine/overview/overview';
import type { Days } from '../../engine/overview/period';
import { summaryOverview } from '../../engine/summary/summary-overview';
import { summaryOverviewBase } from '../../engine/summary/summary-overview-base';
import { loadDataset } from '../dataset-cache';
import { datasetVersion } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';
import { readSummaryAggregates } from '../summary-aggregates-store';

export interface OverviewInput {
  workspacePath: string;
  datasetId: number;
  period: OverviewPeriod;
}

/** What a dataset's Overviews are cut from: the first and last day with an order (null: none), and the Overview of a period. */
export interface OverviewSource {
  data: Days | null;
  overview: (period: OverviewPeriod) => Overview;
}

const cached = recentCache<OverviewSource>(2);

/** The Overview's source of an order file: its rows and orders by day. */
function ordersSource(info: DatasetInfo, table: Parameters<typeof overviewBase>[0]): OverviewSource {
  const base = overviewBase(table, info.roles);
  const { book } = base;
  return {
    data: book.size ? { from: book.day[0], until: book.day[book.size - 1] } : null,
    overview: (period) => computeOverview(base, { id: info.id, currency: info.currency }, period),
  };
}

/**
 * A dataset's Overview source, made once per dataset version so that changing the period is fast:
 * an order file's rows, or the months and customers of a file summarised per customer on import.
 */
export function loadOverviewSource(workspacePath: string, datasetId: number, ctx: JobContext) {
  const { info, table } = loadDataset(workspacePath, datasetId, ctx.config);
  if (info.kind !== 'transactions' && !info.source.summarised)
    throw new AppError(
      'E_OVERVIEW_NEEDS_ORDERS',
      `"${info.name}" has one row per customer: the Overview is read from order lines (a date and an amount per order). Import the orders to see it.`,
      { datasetId: info.id, kind: info.kind },
    );
  const source = cached(`${workspacePath}#${datasetVersion(info)}`, () => {
    if (info.kind === 'transactions') return ordersSource(info, table);
    const aggregates = readSummaryAggregates(workspacePath, info.id, ctx.config);
    const base = summaryOverviewBase(table, info.roles.customerId ?? 'customer_id', aggregates);
    return {
      data: base.data,
      overview: (period) => summaryOverview(base, { id: info.id, currency: info.currency }, period),
    };
  });
  return { info, source };
}

/** The Overview of a dataset for a period: key figures, trend, cohorts, concentration, places, when, findings. */
export async function overviewJob(input: OverviewInput, ctx: JobContext): Promise<Overview> {
  ctx.progress(0, { key: 'overviewMaking', params: {} });
  const { source } = loadOverviewSource(input.workspacePath, input.datasetId, ctx);
  ctx.throwIfCancelled();
  ctx.progress(0.7, { key: 'overviewMaking', params: {} });
  const overview = source.overview(input.period);
  ctx.throwIfCancelled();
  return overview;
}
