import { Dictionary, Field, Float64, Int32, makeData, Utf8, vectorFromArray, type Data } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { RunInfo } from '../../../shared/schemas';
import {
  featureSettings,
  type ModelSpec,
  type RuleGroup,
  type RunResult,
  type SegmentSummary,
} from '../../../shared/segments';
import { runClv, type ClvRun } from '../../engine/clv/run-clv';
import { loadDataset } from '../dataset-cache';
import type { CustomerTable } from '../../engine/features/customer-table';
import { applyRules } from '../../engine/models/rules';
import { runClustering } from '../../engine/cluster/run-clustering';
import { suggestClusterNames } from '../../engine/cluster/suggest-names';
import { kernelRows } from '../kernel-pool';
import type { ClusterResult } from '../../../shared/cluster';
import { rfmCharts } from '../../engine/models/rfm-charts';
import { personas } from '../../engine/profile/personas';
import { runRfm, type RfmResult, type Segmentation } from '../../engine/models/rfm';
import type { DimensionBins } from '../../engine/models/rfm-scores';
import { summarizeSegments, type SegmentSummaryRow } from '../../engine/models/segment-summary';
import { bitmapOf, KIND_KEY, tableOf } from '../../engine/table/table-data';
import { insertRun, replaceRun } from '../../store/runs';
import { openWorkspaceConnection } from '../../store/workspace-store';
import { loadCustomerData } from './customer-data';
import type { JobContext } from '../protocol';

export interface CreateRunInput {
  workspacePath: string;
  datasetId: number;
  spec: ModelSpec;
  /** "Today", UTC ms: the analysis day for ages when the data has no purchase dates. */
  now: number;
  /** The run's name; by default the model and scheme (an edited run keeps its own). */
  name?: string;
  /** A run to re-make in place from the (edited) spec, rather than a new run. */
  replaceRunId?: number;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);
const binsInfo = (bins: DimensionBins) => ({ ...bins, lower: bins.lower.map(finite), upper: bins.upper.map(finite) });
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A run's own per-customer values: for RFM the features and scores, for rules the fields its rules test. */
function memberFields(
  spec: ModelSpec,
  table: CustomerTable,
  rfm: RfmResult | null,
  clv: ClvRun | null,
): { name: string; values: Float64Array; kind: string }[] {
  const numberField = (name: string) => {
    const f = table.fields.find((x) => x.name === name);
    return f && f.kind !== 'category'
      ? { name, values: f.values, kind: f.kind === 'date' ? 'datetime' : 'decimal' }
      : null;
  };
  if (rfm) {
    const scores = [
      { name: 'r', values: Float64Array.from(rfm.r.scores), kind: 'integer' },
      { name: 'f', values: Float64Array.from(rfm.f.scores), kind: 'integer' },
      { name: 'm', values: Float64Array.from(rfm.m.scores), kind: 'integer' },
    ];
    const features = [
      'recency',
      'frequency',
      'monetary',
      'transactions',
      'orders',
      'firstPurchase',
      'lastPurchase',
      'tenure',
      'aov',
      'gap',
    ].map(numberField);
    return [...features.slice(0, 3), ...scores, ...features.slice(3)].filter(
      (f): f is NonNullable<typeof f> => f !== null,
    );
  }
  if (clv) {
    // CLV: what the models expect of each customer, and the summary they learnt from.
    const { values, summary } = clv;
    const own = [
      { name: 'pAlive', values: values.pAlive, kind: 'decimal' },
      { name: 'expectedPurchases', values: values.expectedPurchases, kind: 'decimal' },
      { name: 'expectedValue', values: values.expectedSpend, kind: 'decimal' },
      { name: 'clv', values: values.clv, kind: 'decimal' },
      { name: 'repeatPurchases', values: summary.frequency, kind: 'integer' },
    ];
    if (summary.holdoutEnd !== null)
      own.push({ name: 'holdoutPurchases', values: summary.holdoutFrequency, kind: 'integer' });
    return [
      ...own,
      ...['recency', 'frequency', 'monetary'].map(numberField).filter((f): f is NonNullable<typeof f> => f !== null),
    ];
  }
  const used = new Set<string>();
  const visit = (g: RuleGroup): void =>
    ('all' in g ? g.all : g.any).forEach((part) => ('op' in part ? used.add(part.field) : visit(part)));
  if (spec.model === 'rules') spec.rules.forEach((r) => visit(r.when));
  else if (spec.model === 'kmeans' || spec.model === 'kprototypes') spec.features.forEach((f) => used.add(f.field));
  return [...used].map(numberField).filter((f): f is NonNullable<typeof f> => f !== null);
}

/** The per-customer columns a run keeps: id, segment index and the run's own values. */
function membersTable(
  ids: string[],
  segment: Int32Array,
  values: { name: string; values: Float64Array; kind: string }[],
) {
  const n = ids.length;
  const fields: Field[] = [];
  const children: Data[] = [];
  const add = (name: string, kind: string, data: Data) => {
    fields.push(new Field(name, data.type, true, new Map([[KIND_KEY, kind]])));
    children.push(data);
  };
  add(
    'customerId',
    'id',
    makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: n,
      nullCount: 0,
      data: Int32Array.from({ length: n }, (_, k) => k),
      dictionary: vectorFromArray(ids, new Utf8()),
    }),
  );
  const number = (name: string, column: Float64Array, kind: string) => {
    let nulls = 0;
    for (const v of column) if (v !== v) nulls++;
    add(
      name,
      kind,
      makeData({
        type: new Float64(),
        length: n,
        nullCount: nulls,
        nullBitmap: nulls ? bitmapOf(n, (i) => column[i] === column[i]) : undefined,
        data: column,
      }),
    );
  };
  number('segment', Float64Array.from(segment), 'integer');
  for (const v of values) number(v.name, v.values, v.kind);
  return tableOf(fields, children, n);
}

/**
 * Runs a segmentation model on a dataset — RFM scores and segments, or the user's rules over
 * customer features and attributes — with each segment's figures and persona, and stores the
 * run with its per-customer columns in one transaction.
 */
export async function createRun(input: CreateRunInput, ctx: JobContext): Promise<{ run: RunInfo; result: RunResult }> {
  const { spec } = input;
  ctx.progress(0, { key: 'runFeatures', params: {} });
  const { info, ...data } = loadCustomerData(
    input.workspacePath,
    input.datasetId,
    featureSettings(spec),
    input.now,
    ctx,
  );
  ctx.throwIfCancelled();
  ctx.progress(0.5, { key: 'runModel', params: {} });
  let segmentation: Segmentation;
  let rfm: RfmResult | null = null;
  let cluster: ClusterResult | null = null;
  let clv: ClvRun | null = null;
  if (spec.model === 'rfm') {
    if (!data.features)
      throw new AppError(
        'E_MISSING_ROLE',
        'RFM needs transactions, or customers with recency (or last purchase), number of orders and revenue.',
        { roles: ['recency', 'orderCount', 'revenue'] },
      );
    rfm = runRfm(data.features, spec);
    segmentation = rfm;
  } else if (spec.model === 'rules') {
    if (data.ids.length < 2)
      throw new AppError(
        'E_TOO_FEW_CUSTOMERS',
        `Segmenting needs at least 2 customers; this data has ${data.ids.length}.`,
        { customers: data.ids.length },
      );
    segmentation = applyRules(data.table, spec.rules);
  } else if (spec.model === 'clv') {
    if (info.kind !== 'transactions')
      throw new AppError(
        'E_MISSING_ROLE',
        'Lifetime value is modelled from transactions: a customer id, an order date and an amount per row.',
        { roles: ['customerId', 'orderDate', 'amount'] },
      );
    const { table } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
    clv = runClv(table, info.roles, spec, (f) => ctx.progress(0.5 + 0.3 * f, { key: 'runModel', params: {} }));
    if (clv.summary.frequency.length !== data.ids.length)
      throw new AppError('E_INTERNAL', 'The CLV summary and the customer features count different customers.', {
        summary: clv.summary.frequency.length,
        features: data.ids.length,
      });
    segmentation = clv.segmentation;
  } else {
    const outcome = runClustering(data.table, spec, {
      progress: (f) => ctx.progress(0.5 + 0.3 * f, { key: 'runModel', params: {} }),
      checkCancel: () => ctx.throwIfCancelled(),
      parallel: kernelRows(ctx.config.kernelThreadPath),
    });
    segmentation = outcome.segmentation;
    cluster = outcome.cluster;
  }
  if (spec.names)
    segmentation = {
      ...segmentation,
      segments: segmentation.segments.map((s) => ({ ...s, name: spec.names?.[s.key] ?? s.name })),
    };
  const n = data.ids.length;
  const nan = new Float64Array(n).fill(Number.NaN);
  const f = data.features;
  const { rows, overall } = summarizeSegments(
    segmentation,
    f ? f : { orders: nan, monetary: nan, recency: nan, frequency: nan },
  );
  const portraits = personas(data.table, segmentation);
  if (cluster && (spec.model === 'kmeans' || spec.model === 'kprototypes')) {
    // Clusters are named after what sets them apart (the user's own names, in spec.names, win below).
    const k = cluster.k;
    const suggested = suggestClusterNames(
      portraits.slice(0, k),
      [...spec.features.map((f) => f.field), ...spec.categories],
      segmentation.segments.slice(0, k).map((s) => s.name),
    );
    segmentation = {
      ...segmentation,
      segments: segmentation.segments.map((s, c) => (c < k ? { ...s, name: spec.names?.[s.key] ?? suggested[c] } : s)),
    };
  }
  const summary = (row: SegmentSummaryRow): SegmentSummary => {
    const def =
      row.segment < 0
        ? { key: 'all', name: { en: 'All customers', 'zh-CN': '全部客户' } }
        : segmentation.segments[row.segment];
    return {
      key: def.key,
      name: def.name,
      customers: row.customers,
      share: row.share,
      orders: finite(row.orders),
      revenue: finite(row.revenue),
      revenueShare: finite(row.revenueShare),
      aov: finite(row.aov),
      medianRecency: finite(row.medianRecency),
      medianFrequency: finite(row.medianFrequency),
      medianMonetary: finite(row.medianMonetary),
    };
  };
  const top = <T>(list: T[]) => list.slice(0, 12);
  const result: RunResult = {
    model: spec.model,
    analysisDate: Number.isFinite(data.analysisDate) ? isoDay(data.analysisDate) : '',
    customers: n,
    segments: rows.map(summary),
    overall: summary(overall),
    bins: rfm
      ? { recency: binsInfo(rfm.r.bins), frequency: binsInfo(rfm.f.bins), monetary: binsInfo(rfm.m.bins) }
      : null,
    split: rfm?.split ?? null,
    charts: rfm && data.features ? rfmCharts(rfm, data.features, spec.model === 'rfm' ? spec.bins : 5) : null,
    cluster,
    clv: clv?.result ?? null,
    personas: portraits.map((p) => ({
      numeric: top(p.numeric).map(({ field, mean, overallMean, difference }) => ({
        field,
        mean,
        overallMean,
        difference,
      })),
      categories: top(p.categories),
      description: p.description,
    })),
  };
  ctx.throwIfCancelled();
  ctx.progress(0.8, { key: 'runWriting', params: {} });
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const members = membersTable(data.ids, segmentation.segment, memberFields(spec, data.table, rfm, clv));
    if (input.replaceRunId !== undefined) {
      const run = await replaceRun(db, input.replaceRunId, {
        name: input.name,
        model: spec.model,
        spec,
        result,
        members,
      });
      return { run, result };
    }
    const model =
      spec.model === 'rfm'
        ? spec.scheme === 'eight'
          ? 'RFM · 8'
          : spec.scheme === 'eleven'
            ? 'RFM · 11'
            : 'RFM · custom'
        : spec.model === 'rules'
          ? 'Rules'
          : spec.model === 'clv'
            ? `CLV · ${spec.scheme === 'grid' ? 'value × activity' : 'value tiers'}`
            : `${spec.model === 'kmeans' ? 'k-means' : 'k-prototypes'} · ${spec.k}`;
    const name = input.name ?? `${model} · ${info.name}`;
    const run = await insertRun(db, { datasetId: input.datasetId, name, model: spec.model, spec, result, members });
    return { run, result };
  } finally {
    db.close();
  }
}
