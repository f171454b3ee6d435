import { chosenModel, type ClvSpec } from '../../../shared/clv';
import type { ReportInput, ReportText } from './report-input';
import type { MethodPart } from './method-part';

/** CLV's method: the calibration period, the value settings, both models' fits and their warnings. */
export function clvMethod(input: ReportInput, spec: ClvSpec, x: ReportText): MethodPart {
  const { t, esc } = x;
  const params: [string, string][] = [];
  const lead = t('report.methodClv', { grid: spec.scheme === 'grid' ? t('report.methodClvGrid') : '' });
  const c = input.result.clv;
  if (c) {
    const unit = t(`report.unit_${c.unit}`);
    params.push(
      [
        t('report.p_calibration'),
        esc(
          t('report.calibrationValue', {
            end: c.calibrationEnd,
            customers: x.num(c.customers),
            repeat: x.num(c.repeatCustomers),
            unit,
            holdout: c.holdoutEnd ?? '—',
          }),
        ),
      ],
      [
        t('report.p_value'),
        esc(
          t('report.valueSettings', {
            margin: x.pct(c.settings.margin),
            discount: x.pct(c.settings.discountRate),
            horizon: c.settings.horizon,
          }),
        ),
      ],
      [
        t('report.p_bgnbd'),
        esc(
          `${Object.entries(chosenModel(c).params)
            .map(([k, v]) => `${k === 'alpha' ? 'α' : k === 'beta' ? 'β' : k} ${v.toFixed(4)}`)
            .join(', ')}; log-likelihood ${chosenModel(c).logLikelihood.toFixed(2)}`,
        ),
      ],
      [
        t('report.p_gammaGamma'),
        esc(
          `p ${c.gammaGamma.p.toFixed(4)}, q ${c.gammaGamma.q.toFixed(4)}, γ ${c.gammaGamma.gamma.toFixed(4)}; log-likelihood ${c.gammaGamma.logLikelihood.toFixed(2)}; ${t('report.repeatBuyers', { n: x.num(c.gammaGamma.customers) })}`,
        ),
      ],
    );
    if (c.warnings.length > 0)
      params.push([
        t('report.p_warnings'),
        c.warnings
          .map((w) =>
            esc(t(`clv.warn_${w.code}`, { value: w.code === 'correlation' ? w.value.toFixed(2) : x.int(w.value) })),
          )
          .join('<br>'),
      ]);
  }
  return { lead, params, detail: '' };
}
