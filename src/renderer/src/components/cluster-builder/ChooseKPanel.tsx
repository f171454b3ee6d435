import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChooseKResult } from '../../../../shared/cluster';
import { buildChooseKOption } from '../../../../shared/charts/build-cluster-options';
import { Chart } from '../Chart';

const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** The scores of k = 2..10 (inertia and silhouette), the recommended k, and a button to use it. */
export function ChooseKPanel({ chosen, onUseK }: { chosen: ChooseKResult; onUseK(k: number): void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="choose-k-result">
      <Chart
        height={220}
        name="k"
        title={`${t('cluster.inertia')} · ${t('cluster.silhouette')}`}
        option={buildChooseKOption(chosen, {
          inertia: t('cluster.inertia'),
          silhouette: t('cluster.silhouette'),
          k: 'k',
        })}
        testId="choose-k-chart"
      />
      <Alert
        type="info"
        showIcon
        title={t('cluster.recommended', {
          k: chosen.recommended.k,
          silhouette: fmt(chosen.rows.find((r) => r.k === chosen.recommended.k)?.silhouette ?? null),
          ch: chosen.recommended.calinskiHarabaszBest,
          db: chosen.recommended.daviesBouldinBest,
        })}
        description={
          chosen.silhouetteSample ? t('cluster.silhouetteSample', { n: chosen.silhouetteSample }) : undefined
        }
        action={
          <Button size="small" type="primary" onClick={() => onUseK(chosen.recommended.k)} data-testid="use-k">
            {t('cluster.useK', { k: chosen.recommended.k })}
          </Button>
        }
        data-testid="k-recommendation"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {chosen.rows
          .map((r) => `k=${r.k}: CH ${r.calinskiHarabasz?.toFixed(1) ?? '—'}, DB ${fmt(r.daviesBouldin)}`)
          .join(' · ')}
      </Typography.Text>
    </div>
  );
}
