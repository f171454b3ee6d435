import type { Paper, ReportSettings } from '../../../shared/exports';
import type { Overview } from '../../../shared/overview';
import { figureOf } from './overview-figures';
import type { DatasetInfo, Language } from '../../../shared/schemas';
import { contentsList, titleBlock } from './front-page';
import { findingLines } from './overview-finding-lines';
import { overviewMethod, overviewParts, periodLead } from './overview-parts';
import { numberParts, reportDocument } from './report-document';
import { reportText, type ReportText } from './report-input';
import { sourcesSection } from './report-sections';

/** Everything the Overview-only report shows: a dataset's Overview, and how to write it. */
export interface OverviewReportInput {
  lang: Language;
  paper: Paper;
  /** When the report is made (UTC ms). */
  generatedAt: number;
  appVersion: string;
  workspaceName: string;
  demo: boolean;
  dataset: DatasetInfo;
  overview: Overview;
  /** The title page (title, client, author, logo); the sections do not apply. */
  settings: ReportSettings;
}

/** The period's totals in one sentence: customers (when there are), orders, revenue. */
function totals(o: Overview, x: ReportText): string {
  const [customers, orders, revenue] = [
    figureOf(o, 'activeCustomers'),
    figureOf(o, 'orders') ?? 0,
    figureOf(o, 'revenue'),
  ];
  const values = { customers: x.int(customers ?? 0), orders: x.int(orders), revenue: x.money(revenue) };
  return x.t(customers === null ? 'overviewReport.totalsOrders' : 'overviewReport.totals', values);
}

/** Page 1: the title block, the period and the findings in one list, the contents. */
function front(input: OverviewReportInput, x: ReportText, title: string, contents: string): string {
  const { t, esc } = x;
  const page = { settings: input.settings, title, subject: input.dataset.name, generatedAt: input.generatedAt };
  const lines = findingLines(input.overview, x);
  const findings = lines.length
    ? `<ol class="findings">${lines.map((l) => `<li>${esc(l.title)}</li>`).join('')}</ol>`
    : `<p>${esc(t('overviewReport.noFindings'))}</p>`;
  return `<section class="front">${titleBlock(page, x)}<h2>${esc(t('report.summary'))}</h2><p class="lead">${esc(periodLead(input.overview, x))}${x.lang === 'zh-CN' ? '' : ' '}${esc(totals(input.overview, x))}</p>${findings}${contents}</section>`;
}

/**
 * A dataset's Overview as one standalone HTML report: page 1 the title block (the user's title,
 * client, author and logo; the dataset), the period and the findings, the contents; then the
 * Overview's pages (key figures, trend, cohorts, concentration), how the figures and findings are
 * made, and the sources. Through the run report's pipeline: the same style, fonts and pages.
 */
export function renderOverviewReport(input: OverviewReportInput, fontCss: (text: string) => string = () => ''): string {
  const x = reportText(input.lang, input.overview.currency);
  const title = input.settings.title || x.t('overviewReport.title');
  const { contents, numbered } = numberParts([
    ...overviewParts(input.overview, x),
    overviewMethod(input.overview, x),
    sourcesSection(input, x),
  ]);
  return reportDocument(
    {
      lang: input.lang,
      paper: input.paper,
      appVersion: input.appVersion,
      title: `${title} · ${input.dataset.name}`,
      body: [front(input, x, title, contentsList(contents, x)), ...numbered].join('\n'),
    },
    fontCss,
  );
}
