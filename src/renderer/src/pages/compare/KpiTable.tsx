import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison, SegmentKpiInfo } from '../../../../shared/compare';
import { useFormat } from '../../hooks/useFormat';

const arrow = (v: number | null) =>
  v === null || v === 0 ? null : v > 0 ? (
    <ArrowUpOutlined style={{ color: '#389e0d' }} />
  ) : (
    <ArrowDownOutlined style={{ color: '#cf1322' }} />
  );

/** Each first-run segment's KPIs in the period before and after: active customers, retention, churn, revenue, orders, AOV. */
export function KpiTable({
  comparison,
  name,
  money,
}: {
  comparison: Comparison;
  name(key: string): string;
  /** An amount in the first run's currency. */
  money(n: number | null): string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (v: number | null) => (v === null ? '—' : fmt.pct(v));
  const right = 'right' as const;
  const int = (v: number) => fmt.int(v);
  const change = (v: number | null) => (
    <span>
      {arrow(v)} {pct(v)}
    </span>
  );
  return (
    <Card size="small" title={t('compare.kpiTitle')} style={{ marginBottom: 16 }}>
      {comparison.periods && (
        <Typography.Paragraph type="secondary" data-testid="compare-periods">
          {t('compare.periods', {
            b0: comparison.periods.before[0],
            b1: comparison.periods.before[1],
            a0: comparison.periods.after[0],
            a1: comparison.periods.after[1],
          })}
        </Typography.Paragraph>
      )}
      <Table<SegmentKpiInfo>
        size="small"
        pagination={false}
        rowKey="segment"
        scroll={{ x: true }}
        data-testid="compare-kpis"
        dataSource={comparison.kpis}
        columns={[
          { title: t('segments.segment'), dataIndex: 'segment', render: (k: string) => name(k) },
          { title: t('compare.activeBefore'), dataIndex: 'activeBefore', align: right, render: int },
          { title: t('compare.activeAfter'), dataIndex: 'activeAfter', align: right, render: int },
          { title: t('compare.retention'), dataIndex: 'retention', align: right, render: pct },
          { title: t('compare.churn'), dataIndex: 'churn', align: right, render: pct },
          { title: t('compare.reactivated'), dataIndex: 'reactivated', align: right, render: int },
          {
            title: t('compare.revenue'),
            key: 'revenue',
            align: right,
            render: (_: unknown, k: SegmentKpiInfo) => `${money(k.revenueBefore)} → ${money(k.revenueAfter)}`,
          },
          { title: t('compare.growth'), dataIndex: 'revenueGrowth', align: right, render: change },
          {
            title: t('compare.orders'),
            key: 'orders',
            align: right,
            render: (_: unknown, k: SegmentKpiInfo) => `${fmt.int(k.ordersBefore)} → ${fmt.int(k.ordersAfter)}`,
          },
          { title: t('compare.aovChange'), dataIndex: 'aovChange', align: right, render: change },
        ]}
      />
    </Card>
  );
}
