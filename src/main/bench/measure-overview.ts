import { dayOfIso } from '../engine/overview/days';
import { computeOverview, overviewBase, overviewPanels } from '../engine/overview/overview';
import { overviewFindings } from '../engine/overview/overview-findings';
import { loadDataset } from '../worker/dataset-cache';
import { overviewJob } from '../worker/jobs/overview-job';
import type { JobContext } from '../worker/protocol';

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/**
 * `measure overview <workspace>`: the Overview of dataset 1 as the worker makes it. `first`: the
 * job cold (the dataset read from the workspace, then everything); `runs`: the whole Overview of
 * the whole history from the dataset in memory (rows, orders by day, places, every panel), as
 * pandas works on a loaded DataFrame; `periods`: another period once the rows are kept (the
 * worker's cache); `panels`: the same without the findings; `findings`: the findings alone. Cohort and trend sums to check
 * against the pandas peer.
 */
export async function measureOverview(workspace: string, ctx: JobContext, times = 5): Promise<unknown> {
  const t0 = performance.now();
  await overviewJob({ workspacePath: workspace, datasetId: 1, period: { kind: 'all' } }, ctx);
  const first = seconds(t0);
  const { info, table } = loadDataset(workspace, 1, ctx.config);
  const dataset = { id: info.id, currency: info.currency };
  const runs: number[] = [];
  let overview = null as ReturnType<typeof computeOverview> | null;
  for (let i = 0; i < times; i++) {
    const t1 = performance.now();
    overview = computeOverview(overviewBase(table, info.roles), dataset, { kind: 'all' });
    runs.push(seconds(t1));
  }
  const base = overviewBase(table, info.roles);
  const periods: number[] = [];
  for (const period of [{ kind: 'auto' }, { kind: 'last12' }, { kind: 'all' }] as const) {
    const t2 = performance.now();
    computeOverview(base, dataset, period);
    periods.push(seconds(t2));
  }
  // The panels alone from the rows (no findings), and the findings alone (their rules read the rows again).
  const o = overview!;
  const panels: number[] = [];
  for (let i = 0; i < times; i++) {
    const t3 = performance.now();
    overviewPanels(overviewBase(table, info.roles), dataset, { kind: 'all' });
    panels.push(seconds(t3));
  }
  const t4 = performance.now();
  overviewFindings(o, base.rows, dayOfIso(o.period.until) + 1);
  const findings = seconds(t4);
  return {
    task: 'overview',
    rows: table.numRows,
    first,
    runs,
    periods,
    panels,
    findings,
    months: o.trend.length,
    cohorts: o.cohorts?.length ?? 0,
    activeSum: o.cohorts?.reduce((s, c) => s + c.active.reduce((a, b) => a + b, 0), 0) ?? 0,
    revenueSum: o.trend.reduce((s, p) => s + p.revenue, 0),
    ordersSum: o.trend.reduce((s, p) => s + p.orders, 0),
  };
}
