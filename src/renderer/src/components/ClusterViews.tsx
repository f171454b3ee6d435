import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../shared/cluster';
import { clusterRules } from '../../../shared/cluster-rules';
import { buildCentroidRadarOption, buildClusterScatterOption } from '../../../shared/charts/build-cluster-options';
import { FEATURE_NAMES, type ModelSpec, type RunResult } from '../../../shared/segments';
import { useFormat } from '../hooks/useFormat';
import { Chart } from './Chart';

type Test = ClusterResult['tree']['leaves'][number]['tests'][number];

interface Props {
  runName: string;
  result: RunResult;
  cluster: ClusterResult;
  /** Creates a rules run from the clusters' rules (the caller runs it with progress). */
  onSaveRules(spec: ModelSpec): void;
}

/** A clustering run: its yardsticks, the 2-D view, the centres (table and radar) and the rules that re-create it. */
export function ClusterViews({ runName, result, cluster, onSaveRules }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const label = (f: string) => FEATURE_NAMES[f]?.[lang] ?? f;
  const names = result.segments.slice(0, cluster.k).map((s) => s.name[lang]);
  const q = (v: number | null) => (v === null ? '—' : v.toFixed(3));
  const fields = cluster.features.map((f) => f.field);
  const test = (x: Test) =>
    'threshold' in x
      ? `${label(x.feature)} ${x.op === 'below' ? '<' : '≥'} ${fmt.num(x.threshold)}`
      : `${x.feature} ${x.op === 'is' ? '=' : '≠'} ${x.value}`;
  const centreRows = cluster.centroids.map((c, i) => ({
    key: i,
    name: names[i],
    customers: result.segments[i].customers,
    ...Object.fromEntries(fields.map((f, j) => [f, c.values[j]])),
    ...Object.fromEntries(cluster.categoryFields.map((f, j) => [`cat:${f}`, c.modes[j]])),
  }));
  return (
    <div data-testid="cluster-views">
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
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cluster.pca && (
          <Col xs={24} xl={12}>
            <Card size="small" title={t('cluster.scatterTitle')}>
              <Chart
                height={340}
                testId="cluster-scatter"
                name={`${runName} · PCA`}
                title={t('cluster.scatterTitle')}
                format={(v) => v.toFixed(3)}
                option={buildClusterScatterOption(cluster.pca, names, {
                  pc1: t('cluster.pc', { n: 1, pct: fmt.pct(cluster.pca.explained[0]) }),
                  pc2: t('cluster.pc', { n: 2, pct: fmt.pct(cluster.pca.explained[1]) }),
                })}
              />
              {cluster.pca.sample !== null && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('cluster.scatterSample', { n: fmt.int(cluster.pca.sample) })}
                </Typography.Text>
              )}
            </Card>
          </Col>
        )}
        {fields.length >= 3 && (
          <Col xs={24} xl={12}>
            <Card size="small" title={t('cluster.centroids')}>
              <Chart
                height={340}
                testId="cluster-radar"
                name={`${runName} · centres`}
                title={t('cluster.centroids')}
                option={buildCentroidRadarOption(cluster.centroids, fields.map(label), names, fmt.num)}
                // The radar draws each field scaled between the centres; its table gives the centres' own values.
                table={{
                  kind: 'radar',
                  columns: [t('segments.segment'), ...fields.map(label)],
                  rows: cluster.centroids.map((c, i) => ({ label: names[i], cells: c.values.map((v) => fmt.num(v)) })),
                  highlights: [],
                }}
              />
            </Card>
          </Col>
        )}
      </Row>
      <Table
        size="small"
        pagination={false}
        style={{ marginBottom: 16 }}
        data-testid="cluster-centroids"
        dataSource={centreRows}
        columns={[
          { title: t('segments.segment'), dataIndex: 'name' },
          {
            title: t('segments.customers'),
            dataIndex: 'customers',
            align: 'right' as const,
            render: (v: number) => fmt.int(v),
          },
          ...fields.map((f) => ({
            title: label(f),
            dataIndex: f,
            align: 'right' as const,
            render: (v: number) => fmt.num(v),
          })),
          ...cluster.categoryFields.map((f) => ({ title: f, dataIndex: `cat:${f}` })),
        ]}
      />
      <Card
        size="small"
        title={t('cluster.rulesTitle')}
        style={{ marginBottom: 16 }}
        extra={
          <Button
            size="small"
            icon={<SaveOutlined />}
            data-testid="save-cluster-rules"
            onClick={() =>
              onSaveRules({
                model: 'rules',
                rules: clusterRules(cluster.tree, result.segments),
                frequency: 'orders',
                ...(result.analysisDate ? { analysisDate: result.analysisDate } : {}),
              })
            }
          >
            {t('cluster.saveRules')}
          </Button>
        }
      >
        <Typography.Paragraph data-testid="cluster-rules-agreement">
          {t('cluster.rulesAgreement', { pct: fmt.pct(cluster.tree.agreement) })}
        </Typography.Paragraph>
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="cluster-rules">
          {cluster.tree.leaves.map((leaf, i) => (
            <li key={i}>
              {leaf.tests.length
                ? `${t('cluster.ruleIf')} ${leaf.tests.map(test).join(lang === 'zh-CN' ? ' 且 ' : ' and ')}`
                : t('cluster.ruleAlways')}{' '}
              {t('cluster.ruleThen')} <b>{names[leaf.label]}</b> ({fmt.int(leaf.agreeing)}/{fmt.int(leaf.customers)})
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
