import { elevenSegments, type ScoreRule } from '../../../../shared/rfm-schemes';
import type { ModelSpec, SegmentRule } from '../../../../shared/segments';
import { DEFAULT_CLUSTER, type ClusterDraft } from '../cluster-builder/cluster-draft';
import { DEFAULT_CLV, type ClvDraft } from '../ClvBuilder';

/** What the run dialog's editors hold: an own score table, the user's rules, clustering and CLV settings. */
export interface RunDrafts {
  table: ScoreRule[];
  rules: SegmentRule[];
  cluster: ClusterDraft;
  clv: ClvDraft;
}

/** A spec's own names (set by renaming) written into its table or rules, which the editors show. */
function namesApplied<T extends { key: string; name: ScoreRule['name'] }>(
  rows: readonly T[],
  names: ModelSpec['names'],
): T[] {
  return rows.map((r) => ({ ...r, name: names?.[r.key] ?? r.name }));
}

/** The editors' starting state: from the run being edited, or the defaults for a new run. */
export function runDrafts(spec: ModelSpec | undefined): RunDrafts {
  let cluster = DEFAULT_CLUSTER;
  if (spec && (spec.model === 'kmeans' || spec.model === 'kprototypes')) {
    const { analysisDate: _day, ...draft } = spec;
    cluster = draft;
  }
  let clv = DEFAULT_CLV;
  if (spec?.model === 'clv') {
    const { names: _names, ...draft } = spec;
    clv = draft;
  }
  if (spec?.model === 'rules' || spec?.model === 'orders')
    return { cluster, clv, rules: namesApplied(spec.rules, spec.names), table: elevenSegments(5) };
  const rfm = spec?.model === 'rfm' ? spec : undefined;
  return { cluster, clv, rules: [], table: namesApplied(rfm?.table ?? elevenSegments(rfm?.bins ?? 5), spec?.names) };
}

/** Scores outside 1..bins brought inside, when the number of scores changes under an edited table. */
export function clampTable(rows: ScoreRule[], bins: number): ScoreRule[] {
  const c = ([lo, hi]: [number, number]): [number, number] => [Math.min(lo, bins), Math.min(hi, bins)];
  return rows.map((r) => ({ ...r, r: c(r.r), f: c(r.f), m: c(r.m) }));
}
