import type { ClusterSpec } from '../../../shared/cluster';
import type { ReportInput, ReportText } from './report-input';
import type { MethodPart } from './method-part';

/** A clustering's method: k, the fields and their scaling, restarts and the quality yardsticks. */
export function clusterMethod(input: ReportInput, spec: ClusterSpec, x: ReportText): MethodPart {
  const { t, esc } = x;
  const params: [string, string][] = [];
  const lead = t(spec.model === 'kmeans' ? 'report.methodKmeans' : 'report.methodKprototypes', { k: spec.k });
  const c = input.result.cluster;
  params.push(
    [t('report.p_k'), String(spec.k)],
    [
      t('report.p_fields'),
      esc(spec.features.map((f) => `${f.field} (${f.scaling}${f.log ? ', log1p' : ''})`).join(', ') || '—'),
    ],
    [t('report.p_categories'), esc(spec.categories.join(', ') || '—') + (spec.oneHot ? ' (one-hot)' : '')],
    [t('report.p_missing'), esc(t(`report.missing_${spec.missing}`))],
    [
      t('report.p_restarts'),
      esc(
        `nInit ${spec.nInit}, maxIter ${spec.maxIter}, tol ${spec.tol}${c?.gamma !== null && c?.gamma !== undefined ? `, γ ${x.num(c.gamma)}` : ''}`,
      ),
    ],
  );
  if (c) {
    const q = (v: number | null) => (v === null ? '—' : v.toFixed(3));
    params.push([
      t('report.p_quality'),
      esc(
        t('report.clusterQuality', {
          silhouette: q(c.silhouette),
          ch: q(c.calinskiHarabasz),
          db: q(c.daviesBouldin),
          stability: c.stability ? q(c.stability.mean) : '—',
          agreement: x.pct(c.tree.agreement),
        }),
      ),
    ]);
  }
  return { lead, params, detail: '' };
}
