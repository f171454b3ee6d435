import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildParetoOption } from '../../../../shared/charts/build-pareto-option';
import type { Concentration } from '../../../../shared/overview';
import type { ChartTable } from '../../charts/chart-table';
import { Chart } from '../../components/Chart';
import { useFormat } from '../../hooks/useFormat';

type Largest = Concentration['largest'][number];

/**
 * How concentrated revenue is: the top 1 / 10 / 20 % read off in words, the Pareto curve (its
 * table: the curve every tenth of the customers), and the largest customers.
 */
export function ConcentrationPanel({
  concentration,
  currency,
  name,
}: {
  concentration: Concentration;
  currency: string;
  name: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = (v: number) => fmt.money(v, currency);
  const title = t('overview.concentration.title');
  const labels = {
    customers: t('overview.concentration.customers'),
    revenue: t('overview.concentration.revenue'),
    even: t('overview.concentration.even'),
    pct: fmt.pct,
    axisPct: fmt.roundPct,
  };
  const tenths = concentration.curve.filter(([x]) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9 && x > 0);
  const table: ChartTable = {
    kind: 'line',
    columns: [labels.customers, labels.revenue],
    rows: tenths.map(([x, y]) => ({ label: fmt.pct(x), cells: [fmt.pct(y)] })),
    highlights: [],
  };
  const right = 'right' as const;
  const columns = [
    { title: t('overview.concentration.customer'), dataIndex: 'id' },
    { title: t('overview.trend.revenue'), dataIndex: 'revenue', align: right, render: money },
    { title: t('overview.concentration.share'), dataIndex: 'share', align: right, render: fmt.pct },
    { title: t('overview.concentration.orders'), dataIndex: 'orders', align: right, render: fmt.int },
    { title: t('overview.concentration.lastOrder'), dataIndex: 'lastOrder' },
  ];
  return (
    <Card size="small" title={title} className="overview-panel" data-testid="concentration-panel">
      <ul data-testid="concentration-read" style={{ paddingInlineStart: 20, marginTop: 0 }}>
        {concentration.top.map((top) => (
          <li key={top.top}>
            {t('overview.concentration.read', {
              top: fmt.roundPct(top.top),
              customers: fmt.int(top.customers),
              share: fmt.pct(top.share),
            })}
          </li>
        ))}
      </ul>
      <div className="overview-pair" style={{ marginBottom: 0 }}>
        <Chart
          height={300}
          testId="pareto-chart"
          name={`${name} · ${title}`}
          title={title}
          option={buildParetoOption(concentration, labels)}
          table={table}
        />
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('overview.concentration.largest')}
          </Typography.Title>
          <Table<Largest>
            size="small"
            rowKey="id"
            pagination={false}
            columns={columns}
            dataSource={concentration.largest}
            data-testid="largest-customers"
          />
        </div>
      </div>
    </Card>
  );
}
