import type { Table } from 'apache-arrow';
import { finiteOrNull } from '../../../../shared/finite-or-null';
import type { ModelSpec, RunResult } from '../../../../shared/segments';
import { suggestClusterNames } from '../../cluster/suggest-names';
import type { Persona } from '../../profile/personas';
import { personas } from '../../profile/personas';
import type { Segmentation } from '../rfm';
import { rfmCharts } from '../rfm-charts';
import type { DimensionBins } from '../rfm-scores';
import { summarizeSegments } from '../segment-summary';
import { assertFinite } from './assert-finite';
import { memberFields } from './member-fields';
import { membersTable } from './members-table';
import { segmentCustomers, type ModelOutcome } from './segment-customers';
import type { SegmentRunHooks, SegmentRunInput } from './segment-run-input';
import { summaryOf } from './summary-of';

/** A run as it is stored: what it found, and its per-customer columns (id, segment index, its own values). */
export interface SegmentRun {
  result: RunResult;
  members: Table;
}

const binsInfo = (bins: DimensionBins) => ({
  ...bins,
  lower: bins.lower.map(finiteOrNull),
  upper: bins.upper.map(finiteOrNull),
});
/** A day (UTC ms) as the run stores it: YYYY-MM-DD. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The segments under the user's own names (spec.names), whatever the model called them. */
function userNamed(segmentation: Segmentation, spec: ModelSpec): Segmentation {
  if (!spec.names) return segmentation;
  return {
    ...segmentation,
    segments: segmentation.segments.map((s) => ({ ...s, name: spec.names?.[s.key] ?? s.name })),
  };
}

/** Clusters named after what sets them apart, unless the user named them (spec.names). */
function clusterNamed(outcome: ModelOutcome, spec: ModelSpec, portraits: Persona[]): Segmentation {
  const { segmentation, cluster } = outcome;
  if (!cluster || (spec.model !== 'kmeans' && spec.model !== 'kprototypes')) return segmentation;
  const { k } = cluster;
  const suggested = suggestClusterNames(
    portraits.slice(0, k),
    [...spec.features.map((f) => f.field), ...spec.categories],
    segmentation.segments.slice(0, k).map((s) => s.name),
  );
  return {
    ...segmentation,
    segments: segmentation.segments.map((s, c) => (c < k ? { ...s, name: spec.names?.[s.key] ?? suggested[c] } : s)),
  };
}

/** A persona as a run keeps it: the 12 strongest traits of each kind, with the figures behind their words. */
const personaInfo = (p: Persona) => ({
  numeric: p.numeric.slice(0, 12).map(({ field, mean, overallMean, overallSd, difference }) => ({
    field,
    mean,
    overallMean,
    overallSd,
    difference,
  })),
  categories: p.categories.slice(0, 12),
  description: p.description,
});

/**
 * Customers segmented by a spec — RFM scores and segments, the user's rules over customer
 * features and attributes, CLV tiers or clusters — with each segment's figures and persona, the
 * overall row ("All customers" in both languages) and the per-customer columns to store. A
 * figure past the largest double is refused (E_OUT_OF_RANGE), never stored.
 */
export function segmentRun(input: SegmentRunInput, spec: ModelSpec, hooks: SegmentRunHooks): SegmentRun {
  const model = segmentCustomers(input, spec, hooks);
  const named = { ...model, segmentation: userNamed(model.segmentation, spec) };
  const { ids } = input.table;
  const f = input.features;
  const nan = new Float64Array(ids.length).fill(Number.NaN);
  const { rows, overall } = summarizeSegments(
    named.segmentation,
    f ?? { orders: nan, monetary: nan, recency: nan, frequency: nan },
  );
  const fields = memberFields(spec, input.table, model);
  assertFinite(ids, fields, [...rows, overall]);
  const portraits = personas(input.table, named.segmentation);
  const segmentation = clusterNamed(named, spec, portraits);
  const { rfm, cluster, clv } = model;
  const result: RunResult = {
    model: spec.model,
    analysisDate: Number.isFinite(input.analysisDate) ? isoDay(input.analysisDate) : '',
    customers: ids.length,
    segments: rows.map((row) => summaryOf(row, segmentation.segments)),
    overall: summaryOf(overall, segmentation.segments),
    bins: rfm
      ? { recency: binsInfo(rfm.r.bins), frequency: binsInfo(rfm.f.bins), monetary: binsInfo(rfm.m.bins) }
      : null,
    split: rfm?.split ?? null,
    charts: rfm && f ? rfmCharts(rfm, f, spec.model === 'rfm' ? spec.bins : 5) : null,
    cluster,
    clv: clv?.result ?? null,
    orders: null,
    personas: portraits.map(personaInfo),
  };
  return { result, members: membersTable(ids, segmentation.segment, fields) };
}
