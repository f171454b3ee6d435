import type { Language, RunInfo } from '../../../shared/schemas';
import { featureSettings, type ModelSpec, type OrdersSpec, type RunResult } from '../../../shared/segments';
import { runName, segmentRun } from '../../engine/models/segment-run';
import { insertRun, replaceRun } from '../../store/runs';
import { keepRunMembers } from '../members-cache';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import { loadDataset } from '../dataset-cache';
import { kernelRows, kernelThreadReady } from '../kernel-pool';
import type { JobContext } from '../protocol';
import { loadCustomerData } from './customer-data';
import { SUMMARY_PURCHASE_COLUMNS } from './summary-table';
import { readSummaryAggregates } from '../summary-aggregates-store';
import { summaryCalibrationEnd } from '../../engine/clv/summary-purchases';
import { loadOrderData } from './order-data';
import { orderRun } from '../../engine/orders/order-run';
import { AppError } from '../../../shared/errors';
import { isOrdersOnly } from '../../../shared/order-facts';

export interface CreateRunInput {
  workspacePath: string;
  datasetId: number;
  spec: ModelSpec;
  /** "Today", UTC ms: the analysis day for ages when the data has no purchase dates. */
  now: number;
  /** The run's name; by default the model and scheme (an edited run keeps its own). */
  name?: string;
  /** The language of the default name (English unless given). */
  lang?: Language;
  /** A run to re-make in place from the (edited) spec, rather than a new run. */
  replaceRunId?: number;
}

/**
 * Runs a segmentation model on a dataset (engine/models/segment-run) and stores the run with its
 * per-customer columns in one transaction.
 */
export async function createRun(input: CreateRunInput, ctx: JobContext): Promise<{ run: RunInfo; result: RunResult }> {
  const { spec } = input;
  if (spec.model === 'kmeans' || spec.model === 'kprototypes') await kernelThreadReady(ctx.config.kernelThreadPath);
  ctx.progress(0, { key: 'runFeatures', params: {} });
  const {
    info,
    result: found,
    members,
  } = spec.model === 'orders' ? orderSegments(input, spec, ctx) : customerSegments(input, ctx);
  // The meanings it was made with stay with the run: a later change to the dataset does not touch it.
  const result = { ...found, meanings: { roles: info.roles, columns: info.columns.map((c) => c.name) } };
  ctx.throwIfCancelled();
  ctx.progress(0.8, { key: 'runWriting', params: {} });
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const run =
      input.replaceRunId !== undefined
        ? await replaceRun(db, input.replaceRunId, { name: input.name, model: spec.model, spec, result, members })
        : await insertRun(db, {
            datasetId: input.datasetId,
            name: input.name ?? runName(spec, info.name)[input.lang ?? 'en'],
            model: spec.model,
            spec,
            result,
            members,
          });
    keepRunMembers(input.workspacePath, run, members);
    return { run, result };
  } finally {
    db.close();
  }
}

/** Order segments: the dataset's orders by the spec's rules over order fields. */
function orderSegments(input: CreateRunInput, spec: OrdersSpec, ctx: JobContext) {
  const { info, orders } = loadOrderData(input.workspacePath, input.datasetId, ctx);
  if (!isOrdersOnly(info))
    throw new AppError(
      'E_BAD_SPEC',
      info.kind === 'transactions'
        ? `Order segments are for files of orders without a customer id; this dataset has one (${info.roles.customerId}): segment its customers instead.`
        : 'Order segments are made from a dataset of orders (one row per order), not of customers.',
      { kind: info.kind, customerId: info.roles.customerId ?? null },
    );
  ctx.progress(0.5, { key: 'runModel', params: {} });
  return { info, ...orderRun(orders, spec) };
}

/** Customer segments: the dataset's customers by the spec's model. */
function customerSegments(input: CreateRunInput, ctx: JobContext) {
  const { spec } = input;
  // CLV on a summary: its periods checked first (the features would only speak of an analysis day).
  const summarised = loadDataset(input.workspacePath, input.datasetId, ctx.config).info.source.summarised;
  let read: number[][] | undefined;
  const days = summarised
    ? () => (read ??= readSummaryAggregates(input.workspacePath, input.datasetId, ctx.config).days)
    : null;
  if (days && spec.model === 'clv') summaryCalibrationEnd(spec, days());
  const { info, ...data } = loadCustomerData(
    input.workspacePath,
    input.datasetId,
    featureSettings(spec),
    input.now,
    ctx,
  );
  ctx.throwIfCancelled();
  ctx.progress(0.5, { key: 'runModel', params: {} });
  const { result: found, members } = segmentRun(
    {
      ...data,
      dataset: {
        kind: info.kind,
        roles: info.roles,
        rows: () => loadDataset(input.workspacePath, input.datasetId, ctx.config).table,
        summary: days ? { columns: SUMMARY_PURCHASE_COLUMNS, days } : null,
      },
    },
    spec,
    {
      progress: (f) => ctx.progress(0.5 + 0.3 * f, { key: 'runModel', params: {} }),
      checkCancel: () => ctx.throwIfCancelled(),
      parallel: kernelRows(ctx.config.kernelThreadPath),
    },
  );
  return { info, result: found, members };
}
