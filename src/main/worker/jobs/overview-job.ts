import { AppError } from '../../../shared/errors';
import type { Overview, OverviewPeriod } from '../../../shared/overview';
import { computeOverview, overviewBase, type OverviewBase } from '../../engine/overview/overview';
import { loadDataset } from '../dataset-cache';
import { datasetVersion } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';

export interface OverviewInput {
  workspacePath: string;
  datasetId: number;
  period: OverviewPeriod;
}

const cached = recentCache<OverviewBase>(2);

/** A dataset's Overview base (rows, orders by day, places), made once per dataset version so that changing the period is fast. */
export function loadOverviewBase(workspacePath: string, datasetId: number, ctx: JobContext) {
  const { info, table } = loadDataset(workspacePath, datasetId, ctx.config);
  if (info.kind !== 'transactions')
    throw new AppError(
      'E_OVERVIEW_NEEDS_ORDERS',
      `"${info.name}" has one row per customer: the Overview is read from order lines (a date and an amount per order). Import the orders to see it.`,
      { datasetId: info.id, kind: info.kind },
    );
  return { info, base: cached(`${workspacePath}#${datasetVersion(info)}`, () => overviewBase(table, info.roles)) };
}

/** The Overview of a dataset for a period: key figures, trend, cohorts, concentration, places, when, findings. */
export async function overviewJob(input: OverviewInput, ctx: JobContext): Promise<Overview> {
  ctx.progress(0, { key: 'overviewMaking', params: {} });
  const { info, base } = loadOverviewBase(input.workspacePath, input.datasetId, ctx);
  ctx.throwIfCancelled();
  ctx.progress(0.7, { key: 'overviewMaking', params: {} });
  const overview = computeOverview(base, { id: info.id, currency: info.currency }, input.period);
  ctx.throwIfCancelled();
  return overview;
}
