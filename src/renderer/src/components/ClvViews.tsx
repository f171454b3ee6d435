import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult } from '../../../shared/clv';
import {
  buildCumulativeOption,
  buildHoldoutByFrequencyOption,
  buildPAliveHeatmapOption,
} from '../../../shared/charts/build-clv-options';
import { useFormat } from '../hooks/useFormat';
import { Chart } from './Chart';

interface Props {
  runName: string;
  clv: ClvResult;
  /** Money in the dataset's currency. */
  money(n: number): string;
}

/** A lifetime-value run: both models' fits, warnings, and the validation (holdout by frequency, the cumulative curve, errors, the P(alive) matrix). */
export function ClvViews({ runName, clv, money }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unit = t(`clv.${clv.unit}`);
  const d4 = (v: number) => v.toFixed(4);
  const { bgnbd, gammaGamma, validation, totals, settings } = clv;
  const errors = validation.errors;
  return (
    <div data-testid="clv-views">
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="clv-facts">
        {t('clv.facts', {
          customers: fmt.int(clv.customers),
          end: clv.calibrationEnd,
          repeat: fmt.int(clv.repeatCustomers),
          unit,
        })}{' '}
        {t('clv.totals', {
          horizon: settings.horizon,
          purchases: fmt.num(totals.expectedPurchases),
          clv: money(totals.clv),
          margin: fmt.pct(settings.margin),
          discount: fmt.pct(settings.discountRate),
        })}
      </Typography.Paragraph>
      {clv.warnings.map((w) => (
        <Alert
          key={w.code}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={t(`clv.warn_${w.code}`, { value: w.code === 'correlation' ? w.value.toFixed(2) : fmt.int(w.value) })}
          data-testid={`clv-warning-${w.code}`}
        />
      ))}
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }} data-testid="clv-params">
        <Descriptions.Item label={t('clv.bgnbd')}>
          {bgnbd.a === 0 && bgnbd.b === 0
            ? t('clv.bgnbdNoDropout', { r: d4(bgnbd.r), alpha: d4(bgnbd.alpha), ll: bgnbd.logLikelihood.toFixed(2) })
            : t('clv.bgnbdParams', {
                r: d4(bgnbd.r),
                alpha: d4(bgnbd.alpha),
                a: d4(bgnbd.a),
                b: d4(bgnbd.b),
                ll: bgnbd.logLikelihood.toFixed(2),
              })}
        </Descriptions.Item>
        <Descriptions.Item label={t('clv.gammaGamma')}>
          {t('clv.ggParams', {
            p: d4(gammaGamma.p),
            q: d4(gammaGamma.q),
            gamma: d4(gammaGamma.gamma),
            ll: gammaGamma.logLikelihood.toFixed(2),
            n: fmt.int(gammaGamma.customers),
            r: gammaGamma.correlation === null ? '—' : gammaGamma.correlation.toFixed(2),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('clv.validation')}>
          <span data-testid="clv-errors">
            {errors
              ? t('clv.errors', {
                  actual: fmt.int(errors.actual),
                  expected: fmt.num(errors.expected),
                  error:
                    errors.relativeError === null
                      ? '—'
                      : `${errors.relativeError > 0 ? '+' : ''}${fmt.pct(errors.relativeError)}`,
                  mae: errors.mae.toFixed(2),
                  rmse: errors.rmse.toFixed(2),
                  end: clv.holdoutEnd,
                })
              : t('clv.noHoldout')}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {validation.byFrequency.length > 0 && (
          <Col xs={24} xl={12}>
            <Card size="small" title={t('clv.byFrequencyTitle')}>
              <Chart
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
            </Card>
          </Col>
        )}
        <Col xs={24} xl={12}>
          <Card size="small" title={t('clv.cumulativeTitle')}>
            <Chart
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
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('clv.heatmapTitle')}>
            <Chart
              height={320}
              testId="clv-palive"
              name={`${runName} · P(alive)`}
              title={t('clv.heatmapTitle')}
              format={(v) => v.toFixed(2)}
              option={buildPAliveHeatmapOption(clv.pAlive, {
                frequency: t('clv.frequencyAxis'),
                recency: t('clv.recencyAxis', { unit }),
                pAlive: 'P(alive)',
              })}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('clv.heatmapNote', { T: clv.pAlive.T.toFixed(1), unit })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
