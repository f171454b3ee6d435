import type { ReportSection } from '../../../shared/exports';
import { frontPage, reportTitle } from './front-page';
import { reportCharts } from './report-charts';
import { numberParts, reportDocument } from './report-document';
import { reportText, type ReportInput, type ReportText } from './report-input';
import { methodSection, technicalAppendix } from './report-method';
import { overviewMethod, overviewParts } from './overview-parts';
import { campaignSection, comparisonSection } from './report-monitor';
import { clvValueSection } from './clv-value-section';
import { productsSection } from './products-section';
import { productsTerms } from './products-method';
import {
  chartsSection,
  definitionsSection,
  overviewSection,
  personasSection,
  qualitySection,
  sourcesSection,
} from './report-sections';

/** The parts after page 1, in the report's order, each only when its section is chosen (and has something to say). */
function parts(input: ReportInput, x: ReportText): string[] {
  const has = (s: ReportSection) => input.settings.sections.includes(s);
  return [
    // The business at a glance, right after the executive summary, for any run.
    ...(input.overview ? overviewParts(input.overview, x) : []),
    has('segments') ? overviewSection(input, x) : '',
    has('segments') ? clvValueSection(input, x) : '',
    has('segments') ? productsSection(input, x) : '',
    has('charts') ? chartsSection(x, reportCharts(input, x)) : '',
    has('personas') ? personasSection(input, x) : '',
    has('segments') ? comparisonSection(input, x) : '',
    has('segments') ? campaignSection(input, x) : '',
    has('method') ? methodSection(input, x) : '',
    has('quality') ? qualitySection(input, x) : '',
    has('definitions') ? definitionsSection(x, input.result.clv !== undefined, productsTerms(input, x)) : '',
    has('definitions') && input.overview ? overviewMethod(input.overview, x) : '',
    has('definitions') ? sourcesSection(input, x) : '',
    input.settings.technical ? technicalAppendix(input, x) : '',
  ].filter(Boolean);
}

/**
 * A run as one standalone HTML report, a consultant's deliverable: page 1 the title block (the
 * user's title, client, author and logo), the executive summary (findings that matter, what they
 * are worth, what to do first) and the contents; then the segments, the charts (inline SVG, each
 * titled), persona cards with actions and notes; then method and parameters in words and tables,
 * data quality, definitions, sources and licences (and the spec as JSON only in the technical
 * appendix, when chosen). In the report's language, money in the dataset's currency, laid out for
 * A4 or Letter with page numbers. Pure: the same input gives the same document. `fontCss` returns
 * @font-face rules for the text (the embedded Latin and CJK fonts); without it the machine's fonts
 * are used.
 */
export function renderReport(input: ReportInput, fontCss: (text: string) => string = () => ''): string {
  const x = reportText(input.lang, input.dataset.currency, input.result.model === 'orders');
  const { contents, numbered } = numberParts(parts(input, x));
  return reportDocument(
    {
      lang: input.lang,
      paper: input.paper,
      appVersion: input.appVersion,
      title: `${reportTitle(input, x)} · ${input.run.name}`,
      body: [frontPage(input, x, contents), ...numbered].join('\n'),
    },
    fontCss,
  );
}
