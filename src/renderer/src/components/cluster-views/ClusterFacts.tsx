import { Tooltip, Typography } from 'antd';
import type { RunResult } from '../../../../shared/segments';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../../shared/cluster';
import { useFormat } from '../../hooks/useFormat';

const q = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** How the clusters were made (method, k, seed, customers) and their yardsticks (silhouette, CH, DB, stability). */
export function ClusterFacts({ result, cluster }: { result: RunResult; cluster: ClusterResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="cluster-facts">
        {t('cluster.facts', {
          method: result.model === 'kprototypes' ? 'k-prototypes' : 'k-means',
          k: cluster.k,
          seed: cluster.seed,
          clustered: fmt.int(cluster.customers.clustered),
          dropped: cluster.customers.dropped ? t('cluster.dropped', { n: fmt.int(cluster.customers.dropped) }) : '',
        })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="cluster-quality">
        <Tooltip title={t('cluster.stabilityHint')}>
          {t('cluster.quality', {
            silhouette: q(cluster.silhouette),
            ch: cluster.calinskiHarabasz === null ? '—' : fmt.num(cluster.calinskiHarabasz),
            db: q(cluster.daviesBouldin),
            stability: cluster.stability ? q(cluster.stability.mean) : '—',
          })}
        </Tooltip>
        {cluster.silhouetteSample
          ? ` · ${t('cluster.silhouetteSample', { n: fmt.int(cluster.silhouetteSample) })}`
          : ''}
      </Typography.Paragraph>
    </>
  );
}
