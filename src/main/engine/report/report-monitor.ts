import { SIGNIFICANCE } from '../../../shared/campaign';
import { rowLabel } from '../../../shared/compare';
import { buildMigrationSankeyOption } from '../../../shared/charts/build-compare-options';
import { reportFigure } from './report-figure';
import type { ReportInput, ReportText } from './report-input';

/** A segment key as the report names it: the run's own name, or the matrix's new / gone / all. */
const segmentName = (key: string, segments: { key: string; name: Record<string, string> }[], x: ReportText) =>
  rowLabel(key, segments, x.lang, (k) => x.t(k));

/**
 * The run compared with the run it re-applies (when it is one): the moves, the migration
 * matrix, the Sankey and the KPIs of the two periods — as on the Compare page.
 */
export function comparisonSection(input: ReportInput, x: ReportText): string {
  const c = input.comparison;
  if (!c) return '';
  const { t, esc } = x;
  const { comparison: m, base } = c;
  const before = (key: string) => segmentName(key, base.result.segments, x);
  const after = (key: string) => segmentName(key, input.result.segments, x);
  const head = `<tr><th>${esc(t('compare.fromTo'))}</th>${m.cols.map((k) => `<th class="num">${esc(after(k))}</th>`).join('')}</tr>`;
  const rows = m.rows
    .map(
      (r, i) =>
        `<tr><td>${esc(before(r))}</td>${m.counts[i].map((v) => `<td class="num">${v ? x.int(v) : '·'}</td>`).join('')}</tr>`,
    )
    .join('');
  const sankey = reportFigure(
    buildMigrationSankeyOption(m, m.rows.map(before), m.cols.map(after)),
    Math.max(320, 22 * Math.max(m.rows.length, m.cols.length)),
    'sankey',
    t('compare.sankeyTitle'),
    '',
    x,
  );
  const pct = (v: number | null) => (v === null ? '—' : x.pct(v));
  const kpis = m.kpis
    .map(
      (k) =>
        `<tr><td>${esc(before(k.segment))}</td><td class="num">${x.int(k.activeBefore)}</td><td class="num">${x.int(k.activeAfter)}</td><td class="num">${pct(k.retention)}</td><td class="num">${pct(k.churn)}</td><td class="num">${x.int(k.reactivated)}</td><td class="num">${x.money(k.revenueBefore)} → ${x.money(k.revenueAfter)}</td><td class="num">${pct(k.revenueGrowth)}</td></tr>`,
    )
    .join('');
  const periods = m.periods
    ? `<p>${esc(t('compare.periods', { b0: m.periods.before[0], b1: m.periods.before[1], a0: m.periods.after[0], a1: m.periods.after[1] }))}</p>`
    : '';
  return `<section><h2>${esc(t('report.comparisonTitle', { base: base.run.name }))}</h2>
<p>${esc(t('compare.moves', { up: x.int(m.moves.up), down: x.int(m.moves.down), stayed: x.int(m.moves.stayed), new: x.int(m.moves.new), gone: x.int(m.moves.gone) }))}</p>
<table class="matrix"><thead>${head}</thead><tbody>${rows}</tbody></table>
${sankey}
<h3>${esc(t('compare.kpiTitle'))}</h3>${periods}
<table><thead><tr><th>${esc(t('segments.segment'))}</th><th class="num">${esc(t('compare.activeBefore'))}</th><th class="num">${esc(t('compare.activeAfter'))}</th><th class="num">${esc(t('compare.retention'))}</th><th class="num">${esc(t('compare.churn'))}</th><th class="num">${esc(t('compare.reactivated'))}</th><th class="num">${esc(t('compare.revenue'))}</th><th class="num">${esc(t('compare.growth'))}</th></tr></thead><tbody>${kpis}</tbody></table></section>`;
}

/** The campaigns kept with the run: per segment test and control, uplift with its interval, the z-test's p, significance. */
export function campaignSection(input: ReportInput, x: ReportText): string {
  if (input.campaigns.length === 0) return '';
  const { t, esc } = x;
  const pct = (v: number | null) => (v === null ? '—' : x.pct(v));
  const pp = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} pp`;
  const p = (v: number | undefined) => (v === undefined ? '—' : v < 0.001 ? '< 0.001' : v.toFixed(3));
  const tables = input.campaigns.map((c) => {
    const rows = c.results.segments
      .filter((s) => s.test.customers + s.control.customers > 0)
      .map(
        (s) =>
          `<tr><td>${esc(segmentName(s.segment, input.result.segments, x))}</td><td class="num">${pct(s.test.rate)} (${x.int(s.test.responders)}/${x.int(s.test.customers)})</td><td class="num">${pct(s.control.rate)} (${x.int(s.control.responders)}/${x.int(s.control.customers)})</td><td class="num">${s.uplift === null ? '—' : pp(s.uplift)}${s.upliftCi ? `<br><small>[${pp(s.upliftCi[0])}, ${pp(s.upliftCi[1])}]</small>` : ''}</td><td class="num">${p(s.zTest?.p)}</td><td>${s.zTest ? esc(s.zTest.p < SIGNIFICANCE ? t('campaign.yes') : t('campaign.no')) : '—'}</td></tr>`,
      )
      .join('');
    return `<h3>${esc(c.name)}</h3><table><thead><tr><th>${esc(t('segments.segment'))}</th><th class="num">${esc(t('campaign.test'))}</th><th class="num">${esc(t('campaign.control'))}</th><th class="num">${esc(t('campaign.uplift'))}</th><th class="num">${esc(t('campaign.zP'))}</th><th>${esc(t('campaign.significant'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return `<section><h2>${esc(t('report.campaignsTitle'))}</h2>${tables.join('')}<p><small>${esc(t('campaign.method'))}</small></p></section>`;
}
