import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildSegmentSharesOption } from '../../../../shared/charts/build-rfm-options';
import type { RunResult } from '../../../../shared/segments';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { CutHistogram } from './CutHistogram';
import type { HeatMetric } from './heat-metric';
import { RFM_DIMENSIONS } from './rfm-dimensions';
import { RfmHeatmap } from './RfmHeatmap';

/** An RFM run's charts: the R × F heatmap, each segment's share of customers and revenue, and the three histograms with their cuts. */
export function RfmCharts({
  runName,
  result,
  charts,
  currency,
  heatMetric,
  onHeatMetric,
}: {
  runName: string;
  result: RunResult;
  charts: NonNullable<RunResult['charts']>;
  currency: string | null;
  heatMetric: HeatMetric;
  onHeatMetric(metric: HeatMetric): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const { bins } = result;
  const shares = result.segments.map((seg) => ({
    name: seg.name[lang],
    share: seg.share,
    revenueShare: seg.revenueShare,
  }));
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={10}>
        <RfmHeatmap runName={runName} charts={charts} currency={currency} metric={heatMetric} onMetric={onHeatMetric} />
      </Col>
      <Col xs={24} xl={14}>
        <ChartCard
          height={300}
          testId="segment-shares"
          name={`${runName} · ${t('segments.sharesTitle')}`}
          title={t('segments.sharesTitle')}
          format={fmt.pct}
          option={buildSegmentSharesOption(shares, {
            customers: t('segments.customers'),
            revenue: t('segments.revenue'),
          })}
        />
      </Col>
      {bins &&
        RFM_DIMENSIONS.map((dim) => (
          <Col key={dim} xs={24} md={8}>
            <CutHistogram
              runName={runName}
              dim={dim}
              histogram={charts.histograms[dim]}
              bins={bins[dim]}
              currency={currency}
            />
          </Col>
        ))}
    </Row>
  );
}
