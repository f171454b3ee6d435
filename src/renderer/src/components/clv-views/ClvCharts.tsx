import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult } from '../../../../shared/clv';
import {
  buildCumulativeOption,
  buildHoldoutByFrequencyOption,
  buildPAliveHeatmapOption,
} from '../../../../shared/charts/build-clv-options';
import { useFormat } from '../../hooks/useFormat';
import { ChartCard } from '../ChartCard';

/** The validation charts: holdout purchases by frequency, the cumulative curve, the P(alive) map. */
export function ClvCharts({ runName, clv }: { runName: string; clv: ClvResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unit = t(`clv.${clv.unit}`);
  const { validation } = clv;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {validation.byFrequency.length > 0 && (
        <Col xs={24} xl={12}>
          <ChartCard
            height={300}
            testId="clv-by-frequency"
            name={`${runName} · holdout`}
            title={t('clv.byFrequencyTitle')}
            option={buildHoldoutByFrequencyOption(validation, {
              actual: t('clv.actual'),
              expected: t('clv.expected'),
              frequency: t('clv.frequencyAxis'),
              purchases: t('clv.perCustomer'),
            })}
          />
        </Col>
      )}
      <Col xs={24} xl={12}>
        <ChartCard
          height={300}
          testId="clv-cumulative"
          name={`${runName} · cumulative`}
          title={t('clv.cumulativeTitle')}
          option={buildCumulativeOption(clv, {
            actual: t('clv.actual'),
            expected: t('clv.expected'),
            time: t('clv.timeAxis', { unit }),
            purchases: t('clv.repeatAxis'),
            calibrationEnd: t('clv.calibrationMark'),
          })}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          height={320}
          testId="clv-palive"
          name={`${runName} · P(alive)`}
          title={t('clv.heatmapTitle')}
          format={(v) => fmt.pct(v)}
          option={buildPAliveHeatmapOption(clv.pAlive, {
            frequency: t('clv.frequencyAxis'),
            recency: t('clv.recencyAxis', { unit }),
            pAlive: t('memberFields.pAlive'),
          })}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('clv.heatmapNote', { T: clv.pAlive.T.toFixed(1), unit })}
          </Typography.Text>
        </ChartCard>
      </Col>
    </Row>
  );
}
