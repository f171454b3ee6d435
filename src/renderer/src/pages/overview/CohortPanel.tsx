import { Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCohortCurveOption, buildCohortHeatmapOption } from '../../../../shared/charts/build-cohort-options';
import type { CohortMetric } from '../../../../shared/cohort-cells';
import type { CohortRow } from '../../../../shared/overview';
import { Chart } from '../../components/Chart';
import { useFormat } from '../../hooks/useFormat';

const METRICS: readonly CohortMetric[] = ['share', 'revenue', 'cumulative'];

/**
 * Cohort retention: the heatmap of customers by month of first purchase × months since (the
 * share who bought again, or revenue per cohort customer, or that summed up: a toggle), and the
 * average cohort's curve below it.
 */
export function CohortPanel({
  cohorts,
  currency,
  name,
}: {
  cohorts: readonly CohortRow[];
  currency: string;
  name: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [metric, setMetric] = useState<CohortMetric>('share');
  const format = metric === 'share' ? fmt.pct : (v: number) => fmt.money(v, currency);
  const metricName = t(`overview.cohorts.metrics.${metric}`);
  const title = t('overview.cohorts.title');
  const average = t('overview.cohorts.average');
  const labels = { monthsSince: t('overview.cohorts.monthsSince'), value: metricName, format };
  const switcher = (
    <Segmented
      size="small"
      value={metric}
      onChange={(v) => setMetric(v as CohortMetric)}
      options={METRICS.map((m) => ({ value: m, label: t(`overview.cohorts.metrics.${m}`) }))}
      aria-label={t('overview.cohorts.metric')}
      data-testid="cohort-metric"
    />
  );
  return (
    <Card size="small" title={title} extra={switcher} className="overview-panel" data-testid="cohort-panel">
      <Typography.Paragraph type="secondary">{t('overview.cohorts.hint')}</Typography.Paragraph>
      {cohorts.length === 0 ? (
        <Typography.Paragraph data-testid="cohorts-none">{t('overview.cohorts.none')}</Typography.Paragraph>
      ) : (
        <>
          <Chart
            height={Math.max(220, 90 + 22 * cohorts.length)}
            testId="cohort-heatmap"
            name={`${name} · ${title}`}
            title={`${title}: ${metricName}`}
            format={format}
            option={buildCohortHeatmapOption(cohorts, metric, {
              ...labels,
              cohort: t('overview.cohorts.cohort'),
              row: (month, size) => t('overview.cohorts.row', { month, size: fmt.int(size) }),
            })}
          />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {average}
          </Typography.Title>
          <Chart
            height={200}
            testId="cohort-curve"
            name={`${name} · ${average}`}
            title={`${average}: ${metricName}`}
            format={format}
            option={buildCohortCurveOption(cohorts, metric, labels)}
          />
        </>
      )}
    </Card>
  );
}
