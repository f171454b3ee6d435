import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FEATURE_NAMES, type RunResult, type SegmentName, type SegmentSummary } from '../../../../shared/segments';
import { WriteAction } from '../../components/WriteAction';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { revenueColumns } from './summary-clv-columns';
import { countColumns, refundColumn } from './summary-count-columns';
import { useMoney } from './useMoney';

/**
 * A clustering's numeric fields' means per segment (its centre) and over the clustered customers
 * (the centres weighted by their customers); no fields for other models.
 */
function clusterMeans(result: RunResult): { fields: string[]; of(key: string): number[] | undefined } {
  const cluster = result.cluster;
  if (!cluster) return { fields: [], of: () => undefined };
  const byKey = new Map(cluster.centroids.map((c, i) => [result.segments[i].key, c.values]));
  const sizes = cluster.centroids.map((_, i) => result.segments[i].customers);
  const total = sizes.reduce((a, b) => a + b, 0);
  const overall = cluster.features.map(
    (_, j) => cluster.centroids.reduce((sum, c, i) => sum + c.values[j] * sizes[i], 0) / total,
  );
  return {
    fields: cluster.features.map((f) => f.field),
    of: (key) => (key === result.overall.key ? overall : byKey.get(key)),
  };
}

/** One row per segment and a total row: customers, shares, orders, revenue, AOV, median recency and frequency (those there are), a clustering's fields' means. */
export function SummaryTable({
  result,
  currency,
  onRename,
}: {
  result: RunResult;
  currency: string | null;
  onRename(segment: SegmentSummary): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const money = useMoney(currency);
  const orDash = (write: (v: number) => string) => (v: number | null) => (v === null ? '—' : write(v));
  const right = 'right' as const;
  const orders = result.model === 'orders';
  const columns = [
    {
      title: t(orders ? 'orderSegments.segment' : 'segments.segment'),
      dataIndex: 'name',
      render: (n: SegmentName, row: SegmentSummary) => (
        <Flex align="center" gap={4} className="segment-name-cell">
          {n[lang]}
          {row.key !== 'all' && (
            <WriteAction>
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => onRename(row)}
                aria-label={t('a11y.renameOf', { name: n[lang] })}
                data-testid="rename-segment"
                className="rename-segment"
              />
            </WriteAction>
          )}
        </Flex>
      ),
    },
    ...countColumns(orders, t, fmt),
    ...revenueColumns(result, t, money),
    { title: t('segments.revenueShare'), dataIndex: 'revenueShare', align: right, render: orDash(fmt.pct) },
    { title: t('segments.aov'), dataIndex: 'aov', align: right, render: money },
    ...refundColumn(orders, t, fmt),
    { title: t('segments.medianRecency'), dataIndex: 'medianRecency', align: right, render: orDash(fmt.num) },
    { title: t('segments.medianFrequency'), dataIndex: 'medianFrequency', align: right, render: orDash(fmt.num) },
  ];
  const rows = [...result.segments, result.overall];
  // A customer table has no orders, revenue or purchase days: those columns go, a clustering's fields' means come.
  const shown = columns.filter(
    (c) =>
      !('dataIndex' in c) ||
      !['orders', 'revenue', 'revenueShare', 'aov', 'medianRecency', 'medianFrequency', 'refundRate'].includes(
        c.dataIndex,
      ) ||
      rows.some((row) => row[c.dataIndex as keyof SegmentSummary] !== null),
  );
  const means = clusterMeans(result);
  return (
    <Table<SegmentSummary>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        ...shown,
        ...means.fields.map((field, j) => ({
          key: `mean:${field}`,
          title: t('segments.meanOf', { field: FEATURE_NAMES[field]?.[lang] ?? field }),
          align: right,
          render: (_: unknown, row: SegmentSummary) => orDash(fmt.num)(means.of(row.key)?.[j] ?? null),
        })),
      ]}
      data-testid="segment-summary"
      rowClassName={(row) => (row.key === 'all' ? 'summary-total' : '')}
    />
  );
}
