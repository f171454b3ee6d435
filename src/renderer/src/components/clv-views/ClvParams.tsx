import { Descriptions, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  chosenModel,
  NO_DROPOUT_PARAMS,
  PURCHASE_MODEL_PARAMS,
  type ClvResult,
  type FittedPurchaseModel,
} from '../../../../shared/clv';
import { useFormat } from '../../hooks/useFormat';

const d4 = (v: number) => v.toFixed(4);
/** The parameters' symbols as the papers write them. */
const SYMBOL: Record<string, string> = { r: 'r', alpha: 'α', s: 's', beta: 'β', a: 'a', b: 'b' };

/** The chosen purchase model in plain words: how often a typical customer buys, and how customers leave. */
function plainWords(fit: FittedPurchaseModel, unit: 'weeks' | 'days', t: TFunction, pct: (n: number) => string) {
  const buying = { every: (fit.params.alpha / fit.params.r).toFixed(1), unit: t(`clv.${unit}`) };
  if (fit.noDropout) return t('clvCompare.plain_none', buying);
  if (fit.kind !== 'pareto')
    return t(`clvCompare.plain_${fit.kind}`, { ...buying, share: pct(fit.params.a / (fit.params.a + fit.params.b)) });
  // Pareto/NBD: the share still a customer a year after the first purchase, (β / (β + t))^s.
  const year = unit === 'weeks' ? 365 / 7 : 365;
  const { s, beta } = fit.params;
  return t('clvCompare.plain_pareto', { ...buying, share: pct((beta / (beta + year)) ** s) });
}

/** The chosen model's parameters by its own names, Gamma-Gamma's, and the holdout's error figures: plain words first, the numbers under them. */
export function ClvParams({ clv }: { clv: ClvResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { gammaGamma, validation } = clv;
  const fit = chosenModel(clv);
  const numbers = fit.noDropout
    ? t('clv.bgnbdNoDropout', {
        r: d4(fit.params.r),
        alpha: d4(fit.params.alpha),
        zero: NO_DROPOUT_PARAMS[fit.kind],
        ll: fit.logLikelihood.toFixed(2),
      })
    : `${PURCHASE_MODEL_PARAMS[fit.kind].map((p) => `${SYMBOL[p] ?? p} ${d4(fit.params[p])}`).join(', ')} · ${t('clvCompare.ll', { ll: fit.logLikelihood.toFixed(2) })}`;
  const errors = validation.errors;
  return (
    <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }} data-testid="clv-params">
      <Descriptions.Item label={t('clvCompare.purchases', { model: t(`clvCompare.model_${fit.kind}`) })}>
        <div data-testid="clv-params-plain">{plainWords(fit, clv.unit, t, fmt.pct)}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="clv-params-numbers">
          {numbers}
        </Typography.Text>
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
  );
}
