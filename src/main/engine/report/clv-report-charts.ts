import {
  buildCumulativeOption,
  buildModelsByFrequencyOption,
  buildPAliveHeatmapOption,
} from '../../../shared/charts/build-clv-options';
import type { ClvResult } from '../../../shared/clv';
import { purchaseModelName } from './clv-value-section';
import type { ReportInput, ReportText } from './report-input';
import { reportFigure } from './report-figure';

/**
 * The holdout check by calibration frequency: purchases per customer made beside each fitted
 * model's expected (the chosen one's alone when only it was fitted), the chosen model's errors in
 * the caption; nothing without a holdout.
 */
export function clvHoldoutCheck(clv: ClvResult, x: ReportText): string {
  const { t } = x;
  const e = clv.validation.errors;
  const models = clv.models.filter((m) => m.byFrequency.length > 0);
  if (!e || models.length === 0) return '';
  const chosen = clv.purchaseModel.kind;
  const mark = models.length > 1 ? t('clvReport.chosen') : '';
  const option = buildModelsByFrequencyOption(models, {
    actual: t('clv.actual'),
    frequency: t('clv.frequencyAxis'),
    purchases: t('clv.perCustomer'),
    model: (kind) => `${purchaseModelName(kind, x)}${kind === chosen ? mark : ''}`,
  });
  const error = e.relativeError === null ? '—' : `${e.relativeError > 0 ? '+' : ''}${x.pct(e.relativeError)}`;
  const errors = t('clv.errors', {
    actual: x.int(e.actual),
    expected: x.int(e.expected),
    error,
    mae: e.mae.toFixed(3),
    rmse: e.rmse.toFixed(3),
    end: clv.holdoutEnd ?? '—',
  });
  const title = t(models.length > 1 ? 'clvReport.checkTitle' : 'clvReport.checkTitleOne');
  // Beside other models' bars the errors are said to be the chosen one's (in English on a sentence: "…: holdout to …").
  const caption =
    models.length > 1
      ? t('clvReport.checkCaption', {
          model: purchaseModelName(chosen, x),
          errors: x.lang === 'en' ? errors.charAt(0).toLowerCase() + errors.slice(1) : errors,
        })
      : errors;
  return reportFigure(option, 300, 'holdout', title, caption, x);
}

/** A CLV run's validation as in the app: the cumulative curve, P(alive) (the holdout check is in the method). */
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
    reportFigure(cumulative, 300, 'cumulative', t('clv.cumulativeTitle'), '', x),
    reportFigure(heat, 360, 'palive', t('clv.heatmapTitle'), heatCaption, x),
  ];
}
