import {
  buildCumulativeOption,
  buildHoldoutByFrequencyOption,
  buildPAliveHeatmapOption,
} from '../../../shared/charts/build-clv-options';
import type { ClvResult } from '../../../shared/clv';
import type { ReportInput, ReportText } from './report-input';
import { reportFigure } from './report-figure';

/** The holdout by calibration frequency, with the errors in the caption; none without a holdout. */
function holdoutFigure(clv: ClvResult, x: ReportText): string[] {
  const { t } = x;
  const e = clv.validation.errors;
  if (!e || clv.validation.byFrequency.length === 0) return [];
  const option = buildHoldoutByFrequencyOption(clv.validation, {
    actual: t('clv.actual'),
    expected: t('clv.expected'),
    frequency: t('clv.frequencyAxis'),
    purchases: t('clv.perCustomer'),
  });
  const error = e.relativeError === null ? '—' : `${e.relativeError > 0 ? '+' : ''}${x.pct(e.relativeError)}`;
  const errors = t('clv.errors', {
    actual: x.int(e.actual),
    expected: x.num(e.expected),
    error,
    mae: e.mae.toFixed(2),
    rmse: e.rmse.toFixed(2),
    end: clv.holdoutEnd ?? '—',
  });
  return [reportFigure(option, 300, 'holdout', t('clv.byFrequencyTitle'), errors, x)];
}

/** A CLV run's validation as in the app: holdout by calibration frequency, the cumulative curve, P(alive). */
export function clvReportCharts({ result }: ReportInput, x: ReportText): string[] {
  const { t } = x;
  const clv = result.clv;
  if (!clv) return [];
  const unit = t(`clv.${clv.unit}`);
  const cumulative = buildCumulativeOption(clv, {
    actual: t('clv.actual'),
    expected: t('clv.expected'),
    time: t('clv.timeAxis', { unit }),
    purchases: t('clv.repeatAxis'),
    calibrationEnd: t('clv.calibrationMark'),
  });
  const heat = buildPAliveHeatmapOption(clv.pAlive, {
    frequency: t('clv.frequencyAxis'),
    recency: t('clv.recencyAxis', { unit }),
    pAlive: t('memberFields.pAlive'),
  });
  const heatCaption = t('clv.heatmapNote', { T: clv.pAlive.T.toFixed(1), unit });
  return [
    ...holdoutFigure(clv, x),
    reportFigure(cumulative, 300, 'cumulative', t('clv.cumulativeTitle'), '', x),
    reportFigure(heat, 360, 'palive', t('clv.heatmapTitle'), heatCaption, x),
  ];
}
