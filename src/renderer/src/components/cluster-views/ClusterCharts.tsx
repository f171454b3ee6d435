import { Col, Row, Typography } from 'antd';
import {
  buildCentroidRadarOption,
  buildClusterScatterOption,
  legendRows,
} from '../../../../shared/charts/build-cluster-options';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../../shared/cluster';
import { useFormat } from '../../hooks/useFormat';
import { ChartCard } from '../ChartCard';

interface ClusterChartsProps {
  runName: string;
  cluster: ClusterResult;
  names: string[];
  label(field: string): string;
}

/** The customers on the first two principal components, and the centres on a radar (three fields or more). */
export function ClusterCharts({ runName, cluster, names, label }: ClusterChartsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fields = cluster.features.map((f) => f.field);
  // Room for every cluster in the legend (it never pages).
  const height = 320 + legendRows(names) * 22;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cluster.pca && (
        <Col xs={24} xl={12}>
          <ChartCard
            height={height}
            testId="cluster-scatter"
            name={`${runName} · PCA`}
            title={t('cluster.scatterTitle')}
            format={(v) => v.toFixed(3)}
            option={buildClusterScatterOption(cluster.pca, names, {
              pc1: t('cluster.pc', { n: 1, pct: fmt.pct(cluster.pca.explained[0]) }),
              pc2: t('cluster.pc', { n: 2, pct: fmt.pct(cluster.pca.explained[1]) }),
            })}
          >
            {cluster.pca.sample !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('cluster.scatterSample', { n: fmt.int(cluster.pca.sample) })}
              </Typography.Text>
            )}
          </ChartCard>
        </Col>
      )}
      {fields.length >= 3 && (
        <Col xs={24} xl={12}>
          <ChartCard
            height={height}
            testId="cluster-radar"
            name={`${runName} · centres`}
            title={t('cluster.centroids')}
            option={buildCentroidRadarOption(cluster.centroids, fields.map(label), names, fmt.num, height)}
            // The radar draws each field scaled between the centres; its table gives the centres' own values.
            table={{
              kind: 'radar',
              columns: [t('segments.segment'), ...fields.map(label)],
              rows: cluster.centroids.map((c, i) => ({ label: names[i], cells: c.values.map((v) => fmt.num(v)) })),
              highlights: [],
            }}
          />
        </Col>
      )}
    </Row>
  );
}
