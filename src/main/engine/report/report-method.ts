import { clusterMethod } from './cluster-method';
import { clvMethod } from './clv-method';
import type { ReportInput, ReportText } from './report-input';
import { rfmMethod } from './rfm-method';
import { personaFiguresTable } from './report-sections';
import { rulesMethod } from './rules-method';
import { productsMethod } from './products-method';

/**
 * Method and parameters: the model in words, every setting, RFM's cut points or the rules, and
 * what reproduces the run (data fingerprint, run id and revision, seed), in words and tables.
 */
export function methodSection(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  const { spec, result, run } = input;
  const { lead, params, detail } =
    spec.model === 'rfm'
      ? rfmMethod(input, spec, x)
      : spec.model === 'clv'
        ? clvMethod(input, spec, x)
        : spec.model === 'rules' || spec.model === 'orders'
          ? rulesMethod(input, spec, x)
          : clusterMethod(input, spec, x);
  params.push([t('report.p_analysisDate'), esc(result.analysisDate || '—')]);
  const reproduce: [string, string][] = [
    [t('report.fingerprint'), `<code>${esc(input.fingerprint)}</code>`],
    [
      t('report.runId'),
      esc(t('report.runIdValue', { id: run.id, revision: run.revision, created: x.moment(Date.parse(run.createdAt)) })),
    ],
    [
      t('report.seed'),
      esc(spec.model === 'kmeans' || spec.model === 'kprototypes' ? String(spec.seed) : t('report.noSeed')),
    ],
    [t('report.version'), esc(input.appVersion)],
  ];
  // Values are HTML already (escaped where they hold text).
  const rows = (list: [string, string][]) => list.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('');
  return `<section><h2>${esc(t('report.method'))}</h2><p>${esc(lead)}</p><table class="params"><tbody>${rows(params)}</tbody></table>${detail}${personaFiguresTable(input, x)}${productsMethod(input, x)}<h3>${esc(t('report.reproduce'))}</h3><table class="params"><tbody>${rows(reproduce)}</tbody></table></section>`;
}

/** The run's full settings as JSON, for a reader who wants to reproduce it: only when the user ticks "technical appendix". */
export function technicalAppendix(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  return `<section><h2>${esc(t('report.technical'))}</h2><p>${esc(t('report.technicalLead'))}</p><pre>${esc(JSON.stringify(input.spec, null, 1))}</pre></section>`;
}
