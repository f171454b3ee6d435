import { useTranslation } from 'react-i18next';
import { bucketLabel, buildNewReturningOption, buildTrendOption } from '../../../../shared/charts/build-trend-options';
import type { Overview } from '../../../../shared/overview';
import type { ChartTable } from '../../charts/chart-table';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';

/**
 * The trend by the period's grain: revenue and orders (their table written by hand, each in its
 * own unit), and, with customer ids, the active customers stacked as new and returning.
 */
export function TrendPanel({ overview, name }: { overview: Overview; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { trend, grain, currency } = overview;
  const money = (v: number) => fmt.money(v, currency);
  const grainWord = t(`overview.trend.grain.${grain}`);
  const title = t('overview.trend.title', { grain: grainWord });
  const labels = { revenue: t('overview.trend.revenue'), orders: t('overview.trend.orders') };
  const axisMoney = (v: number) => fmt.axisMoney(v, currency);
  const option = buildTrendOption(trend, grain, { ...labels, money, axisMoney, int: fmt.int });
  const table: ChartTable = {
    kind: 'bar',
    columns: [t('overview.trend.bucket'), labels.revenue, labels.orders],
    rows: trend.map((p) => ({ label: bucketLabel(p.start, grain), cells: [money(p.revenue), fmt.int(p.orders)] })),
    highlights: trend.length
      ? [trend.reduce((a, b) => (b.revenue > a.revenue ? b : a))].map((p) => ({
          series: labels.revenue,
          label: bucketLabel(p.start, grain),
          value: money(p.revenue),
        }))
      : [],
  };
  const customersTitle = t('overview.trend.customersTitle', { grain: grainWord });
  return (
    <div className="overview-pair">
      <ChartCard
        title={title}
        name={`${name} · ${title}`}
        testId="trend-chart"
        height={280}
        option={option}
        table={table}
      />
      {overview.hasCustomers && (
        <ChartCard
          title={customersTitle}
          name={`${name} · ${customersTitle}`}
          testId="customers-chart"
          height={280}
          format={fmt.int}
          option={buildNewReturningOption(trend, grain, {
            newCustomers: t('overview.trend.newCustomers'),
            returning: t('overview.trend.returning'),
            customers: t('overview.trend.customers'),
          })}
        />
      )}
    </div>
  );
}
