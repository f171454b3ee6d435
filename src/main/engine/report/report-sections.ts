import { orderValueName } from '../../../shared/order-facts';
import { orderPlaybookFor } from '../../../shared/order-playbook';
import { playbookFor } from '../../../shared/playbook';
import { fieldLabel, traitFigures, traitWords } from '../../../shared/trait-words';
import type { SegmentSummary } from '../../../shared/segments';
import type { ReportInput, ReportText } from './report-input';
import { segmentColor } from './report-input';
import { productPersona } from '../../../shared/product-persona';

const dl = (rows: [string, string][]) =>
  `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;

/** What was analysed: workspace, dataset, source file, order dates, analysis date, customers, currency, when the report was made. */
function aboutData(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  const { dataset, result } = input;
  const rows: [string, string][] = [
    [t('report.workspace'), esc(input.workspaceName)],
    [t('report.dataset'), esc(dataset.name)],
    [t('report.source'), esc(dataset.sourceName)],
  ];
  if (input.dateRange)
    rows.push([
      t('report.dateRange'),
      esc(t('report.dateRangeValue', { from: x.day(input.dateRange.from), to: x.day(input.dateRange.to) })),
    ]);
  rows.push(
    [t('report.analysisDate'), esc(result.analysisDate || '—')],
    [t('report.customers'), x.int(result.customers)],
    [t('report.currency'), esc(dataset.currency)],
    [t('report.generated'), x.moment(input.generatedAt)],
  );
  return `<h3>${esc(t('report.aboutData'))}</h3>${dl(rows)}`;
}

/** The overview: one line of totals and the segment table with a colour per segment. */
export function overviewSection(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  const { result } = input;
  const o = result.overall;
  const lead = t('report.overviewLead', {
    customers: x.int(result.customers),
    segments: x.int(result.segments.filter((s) => s.customers > 0).length),
    revenue: x.money(o.revenue),
    orders: o.orders === null ? '—' : x.int(o.orders),
  });
  const num = (v: number | null | undefined, f: (n: number) => string) =>
    `<td class="num">${v === null || v === undefined ? '—' : f(v)}</td>`;
  // Order segments: orders and their share (the words say so), and the refund rate instead of customer medians.
  const orders = result.model === 'orders';
  const figures = (s: SegmentSummary) =>
    orders
      ? `${num(s.customers, x.int)}${num(s.share, x.pct)}${num(s.revenue, x.money)}${num(s.revenueShare, x.pct)}${num(s.aov, x.money)}${num(s.refundRate, x.pct)}`
      : `${num(s.customers, x.int)}${num(s.share, x.pct)}${num(s.orders, x.int)}${num(s.revenue, x.money)}${num(s.revenueShare, x.pct)}${num(s.aov, x.money)}${num(s.medianRecency, x.num)}${num(s.medianFrequency, x.num)}`;
  const row = (s: SegmentSummary, i: number | null) =>
    `<tr${i === null ? ' class="total"' : ''}><td>${i === null ? '' : `<span class="sw" style="background:${segmentColor(i)}"></span>`}${esc(s.name[x.lang])}</td>${figures(s)}</tr>`;
  const keys = orders
    ? ['segments.segment', 'segments.customers', 'segments.share', 'segments.revenue', 'segments.revenueShare']
    : ['segments.segment', 'segments.customers', 'segments.share', 'segments.orders', 'segments.revenue'];
  const rest = orders
    ? ['segments.aov', 'orderSegments.refundRate']
    : ['segments.revenueShare', 'segments.aov', 'segments.medianRecency', 'segments.medianFrequency'];
  const heads = [...keys, ...rest].map((k, i) => `<th${i ? ' class="num"' : ''}>${esc(t(k))}</th>`);
  return `<section><h2>${esc(t('report.overview'))}</h2><p>${esc(lead)}</p><table class="segments"><thead><tr>${heads.join('')}</tr></thead><tbody>${result.segments.map((s, i) => row(s, i)).join('')}${row({ ...o, name: { en: t('report.total'), 'zh-CN': t('report.total') } }, null)}</tbody></table></section>`;
}

/** The run's charts, each titled, flowing two to a page. */
export function chartsSection(x: ReportText, charts: string): string {
  return `<section class="charts"><h2>${x.esc(x.t('report.charts'))}</h2>${charts}</section>`;
}

/** Persona cards: who each segment is, what sets it apart, what to do, and the user's notes. */
export function personasSection(input: ReportInput, x: ReportText): string {
  const { t, esc, lang } = x;
  const { result, notes } = input;
  const cards = result.segments.map((seg, i) => {
    if (seg.customers === 0) return '';
    const p = result.personas[i];
    const traits = [
      ...p.numeric.slice(0, 3).map((tr) => traitWords(tr)[lang]),
      ...p.categories
        .slice(0, 2)
        .map((tr) =>
          t('segments.traitShare', { value: orderValueName(tr.field, tr.value, lang), share: x.pct(tr.share) }),
        ),
    ];
    const actions = input.result.model === 'orders' ? orderPlaybookFor(p) : playbookFor(seg.key, p);
    const note = notes[seg.key];
    const buys = input.products ? productPersona(input.products, i, lang) : [];
    return `<article class="card" style="--c:${segmentColor(i)}"><h3>${esc(seg.name[lang])}</h3><p class="count">${esc(t('segments.customersCount', { n: x.int(seg.customers) }))} · ${x.pct(seg.share)}</p><p>${esc(p.description[lang])}</p><h4>${esc(t('report.traits'))}</h4>${
      traits.length
        ? `<ul class="traits">${traits.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`
        : `<p class="muted">${esc(t('report.noTraits'))}</p>`
    }${buys.length ? `<h4>${esc(t('productsReport.cardHeading'))}</h4><ul class="buys">${buys.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}${actions.length ? `<h4>${esc(t('report.actions'))}</h4><ul>${actions.map((a) => `<li>${esc(a[lang])}</li>`).join('')}</ul>` : ''}${note ? `<h4>${esc(t('report.notes'))}</h4><p class="note">${esc(note)}</p>` : ''}</article>`;
  });
  return `<section><h2>${esc(t('report.personas'))}</h2><div class="cards">${cards.join('')}</div></section>`;
}

/** Data quality: rows read and kept, each issue found with its count and how it was handled. */
export function qualitySection(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  const q = input.dataset.quality;
  const issues = q.issues.filter((i) => i.count > 0);
  const rows = issues.map(
    (i) =>
      `<tr><td>${esc(t(`issues.${i.code}`, { count: x.int(i.count), column: i.column ?? '' }))}</td><td>${esc(t(`policies.${i.policy}`))}</td></tr>`,
  );
  const appended = (q.appended ?? []).map(
    (a) =>
      `<p>${esc(t('report.appended', { source: a.sourceName, added: x.int(a.rowsAdded), overlap: x.int(a.overlap) }))}</p>`,
  );
  return `<section><h2>${esc(t('report.quality'))}</h2>${aboutData(input, x)}<h3>${esc(t('report.qualityFound'))}</h3><p>${esc(t('report.qualityLead', { read: x.int(q.rowsRead), kept: x.int(q.rowsKept) }))}</p>${
    rows.length
      ? `<table><thead><tr><th></th><th>${esc(t('report.policy'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p>${esc(t('report.qualityNone'))}</p>`
  }${appended.join('')}</section>`;
}

const TERMS = [
  'recency',
  'frequency',
  'monetary',
  'scores',
  'segment',
  'share',
  'aov',
  'median',
  'difference',
  'lift',
  'analysisDate',
  'others',
  'fingerprint',
];

/** The terms a lifetime-value run's report adds (clvReport.term_*). */
const CLV_TERMS = ['calibration', 'holdout', 'alive', 'value', 'mae', 'logLikelihood', 'churn', 'nextPurchase'];

/** Every term the report uses, defined; a lifetime-value run's terms too when `clv`, and `extra` terms (term, definition). */
export function definitionsSection(x: ReportText, clv = false, extra: [string, string][] = []): string {
  const { t, esc } = x;
  const terms = [
    ...TERMS.map((k) => [t(`glossary.${k}`), t(`glossary.${k}_def`)]),
    ...(clv ? CLV_TERMS.map((k) => [t(`clvReport.term_${k}`), t(`clvReport.term_${k}_def`)]) : []),
    ...extra,
  ];
  return `<section><h2>${esc(t('report.definitions'))}</h2><dl class="glossary">${terms.map(([term, def]) => `<dt>${esc(term)}</dt><dd>${esc(def)}</dd>`).join('')}</dl></section>`;
}

/** Where the data, the font and the charts come from, and their licences. */
export function sourcesSection(input: Pick<ReportInput, 'demo' | 'dataset' | 'appVersion'>, x: ReportText): string {
  const { t, esc } = x;
  const d = input.dataset;
  const lines = [
    input.demo
      ? t('report.sourceDemo')
      : t('report.sourceData', {
          source: d.sourceName,
          imported: x.moment(Date.parse(d.createdAt)),
          format: d.source.format.toUpperCase(),
        }),
    t('report.sourceFont'),
    t('report.sourceCharts'),
    t('report.sourceApp', { version: input.appVersion }),
  ];
  return `<section><h2>${esc(t('report.sources'))}</h2><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>`;
}

/** The exact figures behind the personas' plain words (the method section's table): mean here and overall, in standard deviations. */
export function personaFiguresTable(input: ReportInput, x: ReportText): string {
  const { t, esc, lang } = x;
  const rows = input.result.segments.flatMap((seg, i) => {
    if (seg.customers === 0) return [];
    const p = input.result.personas[i];
    return [
      ...p.numeric
        .slice(0, 3)
        .map((tr) => [seg.name[lang], fieldLabel(tr.field)[lang], traitFigures(tr, lang, x.num)] as const),
      ...p.categories.slice(0, 2).map(
        (tr) =>
          [
            seg.name[lang],
            `${fieldLabel(tr.field)[lang]}: ${orderValueName(tr.field, tr.value, lang)}`,
            t('segments.liftFigures', {
              share: x.pct(tr.share),
              overall: x.pct(tr.overallShare),
              lift: x.num(tr.lift),
            }),
          ] as const,
      ),
    ];
  });
  if (!rows.length) return '';
  return `<h3>${esc(t('report.personaFigures'))}</h3><p>${esc(t('report.personaFiguresLead'))}</p><table class="segments"><thead><tr><th>${esc(t('report.personaSegment'))}</th><th>${esc(t('report.personaTrait'))}</th><th>${esc(t('report.personaNumbers'))}</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
