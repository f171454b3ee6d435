import { AppError } from '../../../shared/errors';
import { DAY_MS } from '../../engine/features/customer-features';
import { purchaseRows } from '../../engine/features/purchase-rows';
import { membership, migrationMatrix } from '../../engine/monitor/migration';
import { periodKpis } from '../../engine/monitor/period-kpis';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import type { CompareResult } from '../../../shared/compare';
import { loadRun } from './load-run';

export interface CompareRunsInput {
  workspacePath: string;
  fromRunId: number;
  toRunId: number;
}

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Two runs compared: the migration of customers between their segments, and — on the second
 * run's transactions — each first-run segment's activity, retention, revenue and orders in the
 * period before the first run's analysis day and the one after it, up to the second's.
 */
export async function compareRuns(input: CompareRunsInput, ctx: JobContext): Promise<CompareResult> {
  const from = loadRun({ workspacePath: input.workspacePath, runId: input.fromRunId, now: 0 }, ctx);
  const to = loadRun({ workspacePath: input.workspacePath, runId: input.toRunId, now: 0 }, ctx);
  ctx.throwIfCancelled();
  const first = membership(from.members, from.result);
  const migration = migrationMatrix(first, membership(to.members, to.result));
  const { info, table } = loadDataset(input.workspacePath, to.run.datasetId, ctx.config);
  if (info.kind !== 'transactions' || !from.result.analysisDate || !to.result.analysisDate)
    return { migration, kpis: null };
  const d1 = dayOf(from.result.analysisDate);
  const d2 = dayOf(to.result.analysisDate);
  if (!(d2 > d1))
    throw new AppError(
      'E_BAD_SPEC',
      `The second run's analysis day (${to.result.analysisDate}) must come after the first's (${from.result.analysisDate}) to compare periods.`,
      { from: from.result.analysisDate, to: to.result.analysisDate },
    );
  const rows = purchaseRows(table, info.roles);
  const kpis = periodKpis(
    { customerIds: rows.ids(), customer: rows.customer, day: rows.day, spend: rows.spend, order: rows.order() },
    first,
    d1,
    d2,
  );
  return { migration, kpis };
}
