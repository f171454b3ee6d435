import { Card, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildRfmHeatmapOption } from '../../../../shared/charts/build-rfm-options';
import type { RunResult } from '../../../../shared/segments';
import { Chart } from '../../components/Chart';
import { useFormat } from '../../hooks/useFormat';
import type { HeatMetric } from './heat-metric';
import { useMoney } from './useMoney';

/** The R × F grid as a heatmap of customers or mean spend (the user switches between them). */
export function RfmHeatmap({
  runName,
  charts,
  currency,
  metric,
  onMetric,
}: {
  runName: string;
  charts: NonNullable<RunResult['charts']>;
  currency: string | null;
  metric: HeatMetric;
  onMetric(metric: HeatMetric): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney(currency);
  const valueName = metric === 'customers' ? t('segments.customers') : t('segments.meanSpend');
  const format = metric === 'customers' ? fmt.int : money;
  const switcher = (
    <Segmented
      size="small"
      value={metric}
      onChange={(v) => onMetric(v as HeatMetric)}
      options={[
        { value: 'customers', label: t('segments.customers') },
        { value: 'monetary', label: t('segments.meanSpend') },
      ]}
      aria-label={t('a11y.heatmapMetric')}
      data-testid="heatmap-metric"
    />
  );
  return (
    <Card size="small" title={t('segments.heatmap')} extra={switcher}>
      <Chart
        height={300}
        testId="rfm-heatmap"
        name={`${runName} · ${t('segments.heatmap')}`}
        title={`${t('segments.heatmap')}: ${valueName}`}
        format={format}
        option={buildRfmHeatmapOption(charts, metric, {
          r: t('segments.rScore'),
          f: t('segments.fScore'),
          value: valueName,
          format,
        })}
      />
    </Card>
  );
}
