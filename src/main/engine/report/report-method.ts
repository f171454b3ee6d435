import { ELEVEN_SEGMENTS, elevenSegments } from '../../../shared/rfm-schemes';
import { OTHERS } from '../../../shared/segments';
import { describeRule } from './describe-rule';
import type { ReportInput, ReportText } from './report-input';

const DIMS = ['recency', 'frequency', 'monetary'] as const;

/**
 * Method and parameters: the model in words, every setting, RFM's cut points or the rules, and
 * what reproduces the run (data fingerprint, run id and revision, seed, the spec as JSON).
 */
export function methodSection(input: ReportInput, x: ReportText): string {
  const { t, esc, lang } = x;
  const { spec, result, run } = input;
  const params: [string, string][] = [];
  let lead: string;
  let detail = '';
  if (spec.model === 'rfm') {
    lead =
      spec.scheme === 'eight'
        ? t('report.methodEight', { split: t(`report.split_${spec.split}`) })
        : t('report.methodRfm', { bins: spec.bins });
    params.push([t('report.p_scheme'), esc(t(`report.scheme_${spec.scheme}`))]);
    if (spec.scheme !== 'eight')
      params.push(
        [t('report.p_bins'), String(spec.bins)],
        [t('report.p_method'), esc(t(`report.method_${spec.method}`))],
      );
    else params.push([t('report.p_split'), esc(t(`report.split_${spec.split}`))]);
    params.push([t('report.p_frequency'), esc(t(`report.frequency_${spec.frequency}`))]);
    if (result.bins && spec.scheme !== 'eight') {
      const cuts = DIMS.map((dim) => {
        const values = result
          .bins![dim].lower.slice(1)
          .map((v) => (v === null ? '—' : dim === 'monetary' ? x.money(v) : x.num(v)));
        return t('report.cutsOf', { dim: t(`glossary.${dim}`), cuts: values.join(' · ') });
      });
      params.push([t('report.p_cuts'), cuts.map(esc).join('<br>')]);
    }
    if (result.split && spec.scheme === 'eight') {
      params.push([
        t('report.p_cuts'),
        DIMS.map((dim) =>
          esc(
            t('report.cutsOf', {
              dim: t(`glossary.${dim}`),
              cuts: dim === 'monetary' ? x.money(result.split![dim]) : x.num(result.split![dim]),
            }),
          ),
        ).join('<br>'),
      ]);
    }
    if (spec.scheme !== 'eight') {
      const table =
        spec.scheme === 'table' && spec.table
          ? spec.table
          : spec.bins === 5
            ? ELEVEN_SEGMENTS
            : elevenSegments(spec.bins);
      const range = ([lo, hi]: readonly [number, number]) => (lo === hi ? String(lo) : `${lo}–${hi}`);
      detail = `<h3>${esc(t('report.scoreTable'))}</h3><table><thead><tr><th>${esc(t('segments.segment'))}</th><th>R</th><th>F</th><th>M</th></tr></thead><tbody>${table
        .map(
          (r) =>
            `<tr><td>${esc(spec.names?.[r.key]?.[lang] ?? r.name[lang])}</td><td>${range(r.r)}</td><td>${range(r.f)}</td><td>${range(r.m)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    }
  } else if (spec.model === 'clv') {
    lead = t('report.methodClv', { grid: spec.scheme === 'grid' ? t('report.methodClvGrid') : '' });
    const c = result.clv;
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
            `r ${c.bgnbd.r.toFixed(4)}, α ${c.bgnbd.alpha.toFixed(4)}, a ${c.bgnbd.a.toFixed(4)}, b ${c.bgnbd.b.toFixed(4)}; log-likelihood ${c.bgnbd.logLikelihood.toFixed(2)}`,
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
  } else if (spec.model !== 'rules') {
    lead = t(spec.model === 'kmeans' ? 'report.methodKmeans' : 'report.methodKprototypes', { k: spec.k });
    const c = result.cluster;
    params.push(
      [t('report.p_k'), String(spec.k)],
      [
        t('report.p_fields'),
        esc(spec.features.map((f) => `${f.field} (${f.scaling}${f.log ? ', log1p' : ''})`).join(', ') || '—'),
      ],
      [t('report.p_categories'), esc(spec.categories.join(', ') || '—') + (spec.oneHot ? ' (one-hot)' : '')],
      [t('report.p_missing'), esc(t(`report.missing_${spec.missing}`))],
      [
        t('report.p_restarts'),
        esc(
          `nInit ${spec.nInit}, maxIter ${spec.maxIter}, tol ${spec.tol}${c?.gamma !== null && c?.gamma !== undefined ? `, γ ${x.num(c.gamma)}` : ''}`,
        ),
      ],
    );
    if (c) {
      const q = (v: number | null) => (v === null ? '—' : v.toFixed(3));
      params.push([
        t('report.p_quality'),
        esc(
          t('report.clusterQuality', {
            silhouette: q(c.silhouette),
            ch: q(c.calinskiHarabasz),
            db: q(c.daviesBouldin),
            stability: c.stability ? q(c.stability.mean) : '—',
            agreement: x.pct(c.tree.agreement),
          }),
        ),
      ]);
    }
  } else {
    lead = t('report.methodRules');
    const items = spec.rules.map(
      (r) =>
        `<li><b>${esc(spec.names?.[r.key]?.[lang] ?? r.name[lang])}</b>: ${esc(describeRule(r.when, t, lang, new Set(input.dateFields)))}</li>`,
    );
    items.push(
      `<li><b>${esc(spec.names?.[OTHERS.key]?.[lang] ?? OTHERS.name[lang])}</b>: ${esc(t('report.othersRule'))}</li>`,
    );
    detail = `<h3>${esc(t('report.rules'))}</h3><ol class="rules">${items.join('')}</ol>`;
  }
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
  return `<section class="flow"><h2>${esc(t('report.method'))}</h2><p>${esc(lead)}</p><table class="params"><tbody>${rows(params)}</tbody></table>${detail}<h3>${esc(t('report.reproduce'))}</h3><table class="params"><tbody>${rows(reproduce)}</tbody></table><h4>${esc(t('report.spec'))}</h4><pre>${esc(JSON.stringify(spec, null, 1))}</pre></section>`;
}
