import { ELEVEN_SEGMENTS, elevenSegments } from '../../../shared/rfm-schemes';
import type { RfmSpec } from '../../../shared/segments';
import type { ReportInput, ReportText } from './report-input';
import type { MethodPart } from './method-part';

const DIMS = ['recency', 'frequency', 'monetary'] as const;

/** RFM's method: the scheme and its settings, the cut points (or split points) and the score table. */
export function rfmMethod(input: ReportInput, spec: RfmSpec, x: ReportText): MethodPart {
  const { t, esc, lang } = x;
  const { result } = input;
  const params: [string, string][] = [];
  const lead =
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
  let detail = '';
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
  return { lead, params, detail };
}
