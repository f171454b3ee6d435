import { rfmSpecSchema } from '../../shared/segments';
import { runRfm } from '../engine/models/rfm';
import { WorkspaceStore } from '../store/workspace-store';
import { loadDataset } from '../worker/dataset-cache';
import { customerData } from '../worker/jobs/customer-data';
import { importDataset } from '../worker/jobs/import-dataset';
import type { JobContext } from '../worker/protocol';

/** `measure summarise <file> <workspace>`: the import summarised per customer by DuckDB, end to end. */
export async function measureSummarise(file: string, workspace: string, ctx: JobContext): Promise<unknown> {
  const store = WorkspaceStore.create(workspace, { overwrite: true });
  const t0 = performance.now();
  const dataset = await importDataset(
    {
      workspacePath: workspace,
      filePath: file,
      settings: { summarise: true },
      now: Date.now(),
      fallbackCurrency: 'USD',
    },
    ctx,
  );
  const seconds = (performance.now() - t0) / 1000;
  store.close();
  return {
    task: 'summarise',
    seconds,
    customers: dataset.rowCount,
    rowsRead: dataset.quality.rowsRead,
    rowsKept: dataset.quality.rowsKept,
  };
}

/** Dataset 1's customers as a run sees them, and the default RFM run: id → every feature, the scores and the segment. */
function rfmOf(workspace: string, ctx: JobContext): Map<string, string> {
  const { info, table } = loadDataset(workspace, 1, ctx.config);
  const { features } = customerData(info, table, { frequency: 'orders' }, undefined, Date.now(), null);
  const f = features!;
  const rfm = runRfm(f, rfmSpecSchema.parse({ model: 'rfm' }));
  const out = new Map<string, string>();
  // The spend shares by role and value (the whole import lists its values in order of appearance, a summary in text order).
  const shares = f.shares
    .flatMap((r) => r.values.map((v, e) => ({ name: `${r.role}:${v}`, values: r.shares[e] })))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  f.ids.forEach((id, k) => {
    const values = [f.recency, f.frequency, f.monetary, f.transactions, f.first, f.last, f.tenure, f.aov, f.gap].map(
      (a) => a[k],
    );
    out.set(
      id,
      `${values.join(' ')} | ${rfm.r.scores[k]}${rfm.f.scores[k]}${rfm.m.scores[k]} ${rfm.segments[rfm.segment[k]].key} | ${shares.map((s) => `${s.name}=${s.values[k]}`).join(' ')}`,
    );
  });
  return out;
}

/**
 * `measure compare <whole.segdesk> <summary.segdesk>`: every customer of the file imported whole and
 * summarised, with their features (recency, frequency, spend, order lines, first and last order,
 * tenure, order value, gap, the spend shares per category and channel) and the default RFM run's
 * scores and segment, compared one by one.
 */
export async function measureCompare(whole: string, summary: string, ctx: JobContext): Promise<unknown> {
  const a = rfmOf(whole, ctx);
  const b = rfmOf(summary, ctx);
  let differing = 0;
  let first: string | null = null;
  for (const [id, v] of a) {
    if (b.get(id) === v) continue;
    differing++;
    first ??= `${id}: whole ${v} / summary ${b.get(id)}`;
  }
  const shares = (line: string | undefined) => (line?.split(' | ')[2] ?? '').split(' ').filter(Boolean).length;
  const [one] = a.keys();
  return {
    task: 'compare',
    customers: a.size,
    summaryCustomers: b.size,
    shares: [shares(a.get(one)), shares(b.get(one))],
    differing,
    first,
  };
}
