import { Dictionary, Field, Float64, Int32, makeData, makeVector, Utf8, vectorFromArray, type Data } from 'apache-arrow';
import type { RunInfo } from '../../../shared/schemas';
import type { RfmSpec, RunResult, SegmentSummary } from '../../../shared/segments';
import { customerFeatures, featuresFromCustomers, type CustomerFeatures } from '../../engine/features/customer-features';
import { runRfm, type RfmResult } from '../../engine/models/rfm';
import type { DimensionBins } from '../../engine/models/rfm-scores';
import { summarizeSegments, type SegmentSummaryRow } from '../../engine/models/segment-summary';
import { KIND_KEY, tableOf } from '../../engine/table/table-data';
import { insertRun } from '../../store/runs';
import { openWorkspaceConnection } from '../../store/workspace-store';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';

export interface CreateRunInput {
  workspacePath: string;
  datasetId: number;
  spec: RfmSpec;
  /** The run's name; by default the model and scheme. */
  name?: string;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);
const binsInfo = (bins: DimensionBins) => ({ ...bins, lower: bins.lower.map(finite), upper: bins.upper.map(finite) });
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The per-customer columns a run keeps: id, segment index, the features and the scores. */
function membersTable(features: CustomerFeatures, rfm: RfmResult) {
  const n = features.ids.length;
  const fields: Field[] = [];
  const children: Data[] = [];
  const add = (name: string, kind: string, data: Data) => {
    fields.push(new Field(name, data.type, true, new Map([[KIND_KEY, kind]])));
    children.push(data);
  };
  const dictionary = vectorFromArray(features.ids, new Utf8());
  add('customerId', 'id', makeData({ type: new Dictionary(new Utf8(), new Int32()), length: n, nullCount: 0, data: Int32Array.from({ length: n }, (_, k) => k), dictionary }));
  const number = (name: string, values: Float64Array, kind = 'decimal') => {
    let nulls = 0;
    for (const v of values) if (v !== v) nulls++;
    const vector = makeVector(values);
    const data = nulls === 0 ? vector.data[0] : makeData({ type: new Float64(), length: n, nullCount: nulls, nullBitmap: validity(values), data: values });
    add(name, kind, data);
  };
  number('segment', Float64Array.from(rfm.segment), 'integer');
  number('recency', features.recency, 'integer');
  number('frequency', features.frequency, 'integer');
  number('monetary', features.monetary);
  number('r', Float64Array.from(rfm.r.scores), 'integer');
  number('f', Float64Array.from(rfm.f.scores), 'integer');
  number('m', Float64Array.from(rfm.m.scores), 'integer');
  number('transactions', features.transactions, 'integer');
  number('orders', features.orders, 'integer');
  number('firstPurchase', features.first, 'datetime');
  number('lastPurchase', features.last, 'datetime');
  number('tenure', features.tenure, 'integer');
  number('aov', features.aov);
  number('gap', features.gap);
  return tableOf(fields, children, n);
}

function validity(values: Float64Array): Uint8Array {
  const bits = new Uint8Array((values.length + 7) >> 3);
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) bits[i >> 3] |= 1 << (i & 7);
  return bits;
}

/**
 * Runs a segmentation model on a dataset — customer features (from transactions, or from a
 * customers table that holds them), then RFM scores and segments — and stores the run with
 * its per-customer columns in one transaction.
 */
export async function createRun(input: CreateRunInput, ctx: JobContext): Promise<{ run: RunInfo; result: RunResult }> {
  const { spec } = input;
  ctx.progress(0, { key: 'runFeatures', params: {} });
  const { info, table } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  const analysisDate = spec.analysisDate ? Date.parse(`${spec.analysisDate}T00:00:00Z`) : undefined;
  const features =
    info.kind === 'customers' ? featuresFromCustomers(table, info.roles, { analysisDate }) : customerFeatures(table, info.roles, { analysisDate, frequency: spec.frequency });
  ctx.throwIfCancelled();
  ctx.progress(0.5, { key: 'runModel', params: {} });
  const rfm = runRfm(features, spec);
  const { rows, overall } = summarizeSegments(rfm, features);
  const summary = (row: SegmentSummaryRow): SegmentSummary => {
    const def = row.segment < 0 ? { key: 'all', name: { en: 'All customers', 'zh-CN': '全部客户' } } : rfm.segments[row.segment];
    return {
      key: def.key,
      name: def.name,
      customers: row.customers,
      share: row.share,
      orders: row.orders,
      revenue: row.revenue,
      revenueShare: finite(row.revenueShare),
      aov: finite(row.aov),
      medianRecency: finite(row.medianRecency),
      medianFrequency: finite(row.medianFrequency),
      medianMonetary: finite(row.medianMonetary),
    };
  };
  const result: RunResult = {
    model: 'rfm',
    analysisDate: Number.isFinite(features.analysisDate) ? isoDay(features.analysisDate) : '',
    customers: features.ids.length,
    segments: rows.map(summary),
    overall: summary(overall),
    bins: { recency: binsInfo(rfm.r.bins), frequency: binsInfo(rfm.f.bins), monetary: binsInfo(rfm.m.bins) },
    split: rfm.split,
  };
  ctx.throwIfCancelled();
  ctx.progress(0.8, { key: 'runWriting', params: {} });
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const name = input.name ?? `RFM · ${spec.scheme === 'eight' ? '8' : spec.scheme === 'eleven' ? '11' : 'custom'} · ${info.name}`;
    const run = await insertRun(db, { datasetId: input.datasetId, name, model: 'rfm', spec, result, members: membersTable(features, rfm) });
    return { run, result };
  } finally {
    db.close();
  }
}
