import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { chosenModel, type ClvResult } from '../../../../shared/clv';
import { useFormat } from '../../hooks/useFormat';

const d4 = (v: number) => v.toFixed(4);

/** Both models' fitted parameters and the holdout's error figures. */
export function ClvParams({ clv }: { clv: ClvResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { gammaGamma, validation } = clv;
  const fit = chosenModel(clv);
  const bgnbd = {
    r: fit.params.r,
    alpha: fit.params.alpha,
    a: fit.params.a ?? fit.params.s,
    b: fit.params.b ?? fit.params.beta,
    logLikelihood: fit.logLikelihood,
  };
  const errors = validation.errors;
  return (
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
  );
}
