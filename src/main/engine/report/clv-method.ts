import {
  chosenModel,
  NO_DROPOUT_PARAMS,
  PURCHASE_MODEL_PARAMS,
  type ClvResult,
  type ClvSpec,
} from '../../../shared/clv';
import { clvHoldoutCheck } from './clv-report-charts';
import { purchaseModelName } from './clv-value-section';
import type { ReportInput, ReportText } from './report-input';
import type { MethodPart } from './method-part';

/** The models' literature: the purchase models, the likelihood as computed, and the spend model. */
const REFERENCES = [
  'Schmittlein, D. C., Morrison, D. G. & Colombo, R. (1987). Counting your customers: who are they and what will they do next? Management Science 33(1), 1–24.',
  'Fader, P. S. & Hardie, B. G. S. (2005). A note on deriving the Pareto/NBD model and related expressions. brucehardie.com/notes/009.',
  'Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). “Counting your customers” the easy way: an alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284.',
  'Batislam, E. P., Denizel, M. & Filiztekin, A. (2007). Empirical validation and comparison of models for customer base analysis. International Journal of Research in Marketing 24(3), 201–209.',
  'Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. brucehardie.com/notes/025.',
];

const SYMBOL: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β' };

/** A parameter to four significant digits, as the papers give them. */
const four = (x: ReportText, v: number) => new Intl.NumberFormat(x.lang, { maximumSignificantDigits: 4 }).format(v);

/** The chosen purchase model's parameters, each named in words, one a line, and its log-likelihood. */
function modelParams(clv: ClvResult, x: ReportText): [string, string] {
  const { t, esc } = x;
  const model = chosenModel(clv);
  const shown = model.noDropout ? ['r', 'alpha'] : PURCHASE_MODEL_PARAMS[model.kind];
  const lines = shown.map((k) =>
    t('clvReport.paramLine', {
      symbol: SYMBOL[k] ?? k,
      value: four(x, model.params[k]),
      name: t(`clvReport.param_${k}`),
    }),
  );
  if (model.noDropout) lines.push(t('clvReport.noDropoutLine', { zero: NO_DROPOUT_PARAMS[model.kind] }));
  lines.push(t('clvReport.logLikelihood', { ll: x.num(model.logLikelihood) }));
  return [t('clvReport.p_model', { model: purchaseModelName(model.kind, x) }), lines.map(esc).join('<br>')];
}

/** CLV's method: the calibration period, the value settings, the chosen model's and Gamma-Gamma's fits and their warnings; the holdout check and the references. */
export function clvMethod(input: ReportInput, spec: ClvSpec, x: ReportText): MethodPart {
  const { t, esc } = x;
  const params: [string, string][] = [];
  const c = input.result.clv;
  const grid = spec.scheme === 'grid' ? t('report.methodClvGrid') : '';
  const lead = t('clvReport.method', { grid, model: c ? purchaseModelName(c.purchaseModel.kind, x) : '' });
  const references = `<h3>${esc(t('clvReport.references'))}</h3><ol class="references">${REFERENCES.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`;
  if (!c) return { lead, params, detail: references };
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
    modelParams(c, x),
    [
      t('report.p_gammaGamma'),
      esc(
        t('clvReport.gammaGamma', {
          p: four(x, c.gammaGamma.p),
          q: four(x, c.gammaGamma.q),
          gamma: four(x, c.gammaGamma.gamma),
          ll: x.num(c.gammaGamma.logLikelihood),
          n: x.int(c.gammaGamma.customers),
        }),
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
  return { lead, params, detail: `${clvHoldoutCheck(c, x)}${references}` };
}
