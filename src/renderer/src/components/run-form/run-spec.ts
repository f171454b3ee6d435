import type { ModelSpec, RfmSpec } from '../../../../shared/segments';
import { clusterProblem } from '../cluster-builder/cluster-problem';
import { clvProblem } from '../ClvBuilder';
import type { RunDrafts } from './run-drafts';

export type Scheme = 'eleven' | 'eight' | 'table' | 'rules' | 'cluster' | 'clv' | 'orders';

/** What the dialog's form fields hold, the analysis day already as YYYY-MM-DD. */
export interface RunChoice {
  scheme: Scheme;
  bins: 3 | 4 | 5;
  method: 'quantile' | 'rank';
  analysisDate?: string;
}

/**
 * The spec the dialog makes from the form and the editors, or what keeps it from running, in
 * words. `kept` are the names of the run being edited (renamed segments stay renamed).
 */
export function runSpec(
  v: RunChoice,
  drafts: RunDrafts,
  kept: ModelSpec['names'],
  t: (key: string) => string,
): { spec: ModelSpec } | { problem: string } {
  const analysisDate = v.analysisDate ? { analysisDate: v.analysisDate } : {};
  // Tables and rules carry their names in themselves; only Others keeps a name of its own.
  const others = kept?.others ? { names: { others: kept.others } } : {};
  if (v.scheme === 'cluster') {
    const problem = clusterProblem(drafts.cluster, t);
    return problem ? { problem } : { spec: { ...drafts.cluster, ...analysisDate, ...(kept ? { names: kept } : {}) } };
  }
  if (v.scheme === 'clv') {
    const problem = clvProblem(drafts.clv, t);
    return problem ? { problem } : { spec: { ...drafts.clv, ...(kept ? { names: kept } : {}) } };
  }
  if (v.scheme === 'rules' || v.scheme === 'orders') {
    if (drafts.rules.length === 0) return { problem: t('rules.empty') };
    // Order segments: the same rules, over the orders (no analysis day: they are not counted back from one).
    if (v.scheme === 'orders')
      return { spec: { model: 'orders', rules: drafts.rules, frequency: 'orders', ...others } };
    return { spec: { model: 'rules', rules: drafts.rules, frequency: 'orders', ...analysisDate, ...others } };
  }
  const rfm = rfmSpec(v);
  if (v.scheme === 'table') return { spec: { ...rfm, table: drafts.table, ...others } };
  return { spec: { ...rfm, ...(kept ? { names: kept } : {}) } };
}

/** The RFM spec of the form's choice (its score table or kept names added by the caller). */
export function rfmSpec(v: RunChoice): RfmSpec {
  return {
    model: 'rfm',
    scheme: v.scheme as RfmSpec['scheme'],
    bins: v.bins,
    method: v.method,
    split: 'mean',
    frequency: 'orders',
    ...(v.analysisDate ? { analysisDate: v.analysisDate } : {}),
  };
}
