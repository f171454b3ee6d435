import type { ReportSettings } from '../../../shared/exports';
import type { ReportInput, ReportText } from './report-input';
import { reportFindings } from './report-findings';

/** One entry of the contents: a part's anchor and its heading (HTML). */
export interface ContentsEntry {
  id: string;
  heading: string;
}

/** The report's title: the user's, else "Customer segmentation report" in its language. */
export const reportTitle = (input: ReportInput, x: ReportText) => input.settings.title || x.t('report.title');

/** The title block: logo, title, what is reported on (the run, the dataset), for whom and by whom, when. */
export function titleBlock(
  page: { settings: ReportSettings; title: string; subject: string; generatedAt: number },
  x: ReportText,
): string {
  const { t, esc } = x;
  const { settings } = page;
  const by: [string, string][] = [];
  if (settings.client) by.push([t('report.preparedFor'), settings.client]);
  if (settings.author) by.push([t('report.preparedBy'), settings.author]);
  by.push([t('report.date'), x.day(page.generatedAt)]);
  // The logo is a checked PNG, JPEG or SVG data: URI (an <img> runs no script and loads nothing).
  const logo = settings.logo ? `<img class="logo" src="${esc(settings.logo)}" alt="">` : '';
  return `<header class="title-block">${logo}<p class="kicker">SegmentDesk</p><h1>${esc(page.title)}</h1><p class="run-name">${esc(page.subject)}</p><dl class="byline">${by.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></header>`;
}

/** The contents: the headings of the parts after page 1, linked (the PDF keeps the links). */
export function contentsList(contents: ContentsEntry[], x: ReportText): string {
  const list = contents.map((c) => `<li><a href="#${c.id}">${c.heading}</a></li>`).join('');
  return `<h2>${x.esc(x.t('report.contents'))}</h2><ol class="contents">${list}</ol>`;
}

/** The executive summary: one line of what was analysed, then the findings that matter. */
function summary(input: ReportInput, x: ReportText): string {
  const { t, esc } = x;
  const { result } = input;
  const values = {
    customers: x.int(result.customers),
    revenue: x.money(result.overall.revenue),
    segments: x.int(result.segments.filter((s) => s.customers > 0).length),
  };
  const lead = input.dateRange
    ? t('report.summaryLeadDates', {
        ...values,
        from: x.day(input.dateRange.from),
        to: x.day(input.dateRange.to),
      })
    : t('report.summaryLead', values);
  const findings = reportFindings(input, x);
  return `<h2>${esc(t('report.summary'))}</h2><p class="lead">${esc(lead)}</p><ol class="findings">${findings.map((f) => `<li>${esc(f)}</li>`).join('')}</ol>`;
}

/**
 * Page 1: the title block, the executive summary (when chosen) and the contents — the headings
 * of the parts that follow, linked (the PDF keeps the links).
 */
export function frontPage(input: ReportInput, x: ReportText, contents: ContentsEntry[]): string {
  const withSummary = input.settings.sections.includes('summary');
  const title = titleBlock(
    { settings: input.settings, title: reportTitle(input, x), subject: input.run.name, generatedAt: input.generatedAt },
    x,
  );
  return `<section class="front">${title}${withSummary ? summary(input, x) : ''}${contentsList(contents, x)}</section>`;
}
