import { buildCohortCurveOption, buildCohortHeatmapOption } from '../../../shared/charts/build-cohort-options';
import { buildParetoOption } from '../../../shared/charts/build-pareto-option';
import { bucketLabel, buildNewReturningOption, buildTrendOption } from '../../../shared/charts/build-trend-options';
import { averageRetention } from '../../../shared/cohort-cells';
import { findingsMethod } from '../../../shared/findings-method';
import { FIGURE_KEYS, type Overview } from '../../../shared/overview';
import { moneyFormat } from '../../../shared/money-format';
import { findingLines } from './overview-finding-lines';
import { figuresTable } from './overview-figures';
import { maskValue } from './mask-personal';
import { reportFigure } from './report-figure';
import type { ReportText } from './report-input';

const DAY = 86_400_000;
/** Below this many customers in every cohort, the report says the shares are of few people. */
const SMALL_COHORT = 30;
const days = (from: string, until: string) => Math.round((Date.parse(until) - Date.parse(from)) / DAY) + 1;

/** What the period is, and what it is compared with. */
export function periodLead(o: Overview, x: ReportText): string {
  const { period, previous, data } = o;
  const values = { from: period.from, to: period.until, days: x.int(days(period.from, period.until)) };
  if (previous) return x.t('overviewReport.lead', { ...values, prevFrom: previous.from, prevTo: previous.until });
  const whole = period.from === data.from && period.until === data.until;
  return x.t(whole ? 'overviewReport.leadAll' : 'overviewReport.leadNoPrevious', values);
}

/** The findings, each its title and why it matters. */
export function findingsList(o: Overview, x: ReportText): string {
  const lines = findingLines(o, x);
  const { esc } = x;
  if (!lines.length) return `<p class="muted">${esc(x.t('overviewReport.noFindings'))}</p>`;
  return `<ol class="overview-findings">${lines.map((l) => `<li><b>${esc(l.title)}</b><span class="why">${esc(l.why)}</span></li>`).join('')}</ol>`;
}

/** Revenue and orders by bucket, and (with customers) new and returning customers by bucket. */
function trendFigures(o: Overview, x: ReportText): string {
  const { t } = x;
  const compact = moneyFormat(x.lang, o.currency, {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const grain = t(`overviewReport.grain.${o.grain}`);
  const best = o.trend.reduce((a, b) => (b.revenue > a.revenue ? b : a), o.trend[0]);
  const caption = best
    ? t('overviewReport.trendCaption', {
        revenue: x.money(o.trend.reduce((n, p) => n + p.revenue, 0)),
        orders: x.int(o.trend.reduce((n, p) => n + p.orders, 0)),
        grain,
        bestGrain: t(`overviewReport.grainBest.${o.grain}`),
        best: bucketLabel(best.start, o.grain),
        bestRevenue: x.money(best.revenue),
      })
    : '';
  const labels = { revenue: t('overviewReport.revenue'), orders: t('overviewReport.orders') };
  const out = [
    reportFigure(
      buildTrendOption(o.trend, o.grain, {
        ...labels,
        money: x.money,
        axisMoney: (v) => compact.format(v),
        int: x.int,
      }),
      230,
      'ov-trend',
      t('overviewReport.trendTitle', { grain }),
      caption,
      x,
    ),
  ];
  if (o.hasCustomers) {
    const returning = o.trend.reduce((n, p) => n + (p.returningCustomers ?? 0), 0);
    const active = returning + o.trend.reduce((n, p) => n + (p.newCustomers ?? 0), 0);
    const caption2 =
      active > 0 ? t('overviewReport.customersCaption', { share: x.pct(returning / active), grain }) : '';
    const option = buildNewReturningOption(o.trend, o.grain, {
      newCustomers: t('overviewReport.new'),
      returning: t('overviewReport.returning'),
      customers: t('overview.trend.customers'),
    });
    out.push(reportFigure(option, 210, 'ov-customers', t('overviewReport.customersTitle', { grain }), caption2, x));
  }
  return out.join('');
}

/** The first part: the period, the findings, the key figures, the trend. */
function businessPart(o: Overview, x: ReportText): string {
  const { t, esc } = x;
  const note = o.hasCustomers ? '' : `<p class="muted">${esc(t('overviewReport.noCustomers'))}</p>`;
  return `<section class="overview"><h2>${esc(t('overviewReport.part'))}</h2><p>${esc(periodLead(o, x))}</p>${note}<h3>${esc(t('findings.heading'))}</h3>${findingsList(o, x)}<div class="keep"><h3>${esc(t('overviewReport.figures'))}</h3>${figuresTable(o, x)}</div>${trendFigures(o, x)}</section>`;
}

/** Cohort retention: the heatmap with the cohorts' sizes, and the average curve under it. */
function cohortsPart(o: Overview, x: ReportText): string {
  const { t, esc } = x;
  const rows = o.cohorts ?? [];
  if (!rows.length) return '';
  // Cells and points in whole percent (the caption says so), axes too.
  const labels = {
    monthsSince: t('overviewReport.cohortAxis'),
    value: t('overviewReport.share'),
    format: (v: number) => String(Math.round(v * 100)),
  };
  const heat = buildCohortHeatmapOption(
    rows,
    'share',
    {
      ...labels,
      cohort: t('overviewReport.cohortMonthAxis'),
      row: (month, size) => t('overviewReport.cohortRow', { month, size: x.int(size) }),
    },
    { print: true },
  );
  // A period that ends partway through a month: each row's last cell counts only part of that month.
  const until = o.period.until;
  const partial = new Date(Date.parse(until) + DAY).getUTCDate() !== 1;
  const curve = averageRetention(rows, partial);
  const percent = { ...labels, format: (v: number) => `${labels.format(v)}%` };
  const biggest = Math.max(...rows.map((r) => r.size));
  const at = (k: number) => {
    const p = curve.find((c) => c.month === k);
    return p ? x.pct(p.share) : '—';
  };
  const figures = [
    reportFigure(
      heat,
      60 + 17 * rows.length,
      'ov-cohorts',
      t('overviewReport.cohortTitle'),
      [
        t('overviewReport.cohortCaption', { rows: x.int(rows.length) }),
        partial ? t('overviewReport.cohortPartial', { month: until.slice(0, 7), day: until }) : '',
        biggest < SMALL_COHORT ? t('overviewReport.cohortSmall', { size: x.int(biggest) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      x,
    ),
  ];
  if (curve.length)
    figures.push(
      reportFigure(
        buildCohortCurveOption(rows, 'share', percent, { partialLast: partial, print: true }),
        190,
        'ov-average',
        t('overviewReport.averageTitle'),
        t(partial ? 'overviewReport.averageCaptionPartial' : 'overviewReport.averageCaption', {
          m1: at(1),
          m3: at(3),
          m12: at(12),
          month: until.slice(0, 7),
        }),
        x,
      ),
    );
  // The heading and its lead stay with the first chart (a heading never ends a page).
  return `<section class="overview"><div class="keep"><h2>${esc(t('overviewReport.cohorts'))}</h2><p>${esc(t('overviewReport.cohortsLead'))}</p>${figures[0]}</div>${figures.slice(1).join('')}</section>`;
}

/** Concentration: the Pareto curve with the top 1/10/20 % read off, and the largest customers. */
function concentrationPart(o: Overview, x: ReportText): string {
  const { t, esc } = x;
  const c = o.concentration;
  if (!c || c.customers === 0) return '';
  const shareOf = (top: number) => {
    const p = c.top.find((r) => Math.abs(r.top - top) < 1e-9);
    return p ? x.pct(p.share) : '—';
  };
  const option = buildParetoOption(
    c,
    {
      customers: t('overviewReport.paretoX'),
      revenue: t('overviewReport.paretoY'),
      even: t('overviewReport.equal'),
      pct: x.pct,
      axisPct: x.share,
    },
    { print: true },
  );
  const caption = t('overviewReport.paretoCaption', {
    p1: shareOf(0.01),
    p10: shareOf(0.1),
    p20: shareOf(0.2),
    customers: x.int(c.customers),
  });
  const head = ['customer', 'revenue', 'revenueShare', 'orders', 'lastOrder'].map(
    (k, i) => `<th${i ? ' class="num"' : ''}>${esc(t(`overviewReport.${k}`))}</th>`,
  );
  const rows = c.largest.map(
    (r) =>
      `<tr><td>${esc(c.personal ? maskValue(c.personal, r.id) : r.id)}</td><td class="num">${x.money(r.revenue)}</td><td class="num">${x.pct(r.share)}</td><td class="num">${x.int(r.orders)}</td><td class="num">${esc(r.lastOrder)}</td></tr>`,
  );
  const table = rows.length
    ? `<div class="keep"><h3>${esc(t('overviewReport.largest'))}</h3><table class="largest"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    : '';
  return `<section class="overview"><div class="keep"><h2>${esc(t('overviewReport.concentration'))}</h2>${reportFigure(option, 260, 'ov-pareto', t('overviewReport.paretoTitle'), caption, x)}</div>${table}</section>`;
}

/** How the overview is made: what each figure means, and the findings' rules and thresholds. */
export function overviewMethod(o: Overview, x: ReportText): string {
  const { t, esc } = x;
  const keys = FIGURE_KEYS.filter((k) => o.hasCustomers || ['orders', 'revenue', 'aov'].includes(k));
  const defs = keys
    .map((k) => `<dt>${esc(t(`overview.figures.${k}`))}</dt><dd>${esc(t(`overview.figureHelp.${k}`))}</dd>`)
    .join('');
  const findings = findingsMethod(x.lang);
  const rules = `<h3>${esc(findings.heading)}</h3>${findings.lines.map((l) => `<p>${esc(l)}</p>`).join('')}`;
  return `<section><h2>${esc(t('overviewReport.method'))}</h2><p>${esc(t('overviewReport.methodLead'))}</p><dl class="glossary">${defs}</dl>${rules}</section>`;
}

/**
 * The Overview's pages of a report: the business at a glance (period, findings, key figures,
 * trend), whether customers come back (cohorts), who brings the revenue (concentration). Orders
 * without customer ids: the first part only, without its customer figures.
 */
export function overviewParts(o: Overview, x: ReportText): string[] {
  return [businessPart(o, x), cohortsPart(o, x), concentrationPart(o, x)].filter(Boolean);
}
