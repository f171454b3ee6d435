import { REPORT_FONT } from './chart-svg';
import { reportCharts } from './report-charts';
import { escapeHtml, reportText, type ReportInput } from './report-input';
import { methodSection } from './report-method';
import { campaignSection, comparisonSection } from './report-monitor';
import {
  coverSection,
  definitionsSection,
  overviewSection,
  personasSection,
  qualitySection,
  sourcesSection,
} from './report-sections';

const PAGE = { a4: { size: 'A4', width: 210 }, letter: { size: 'letter', width: 215.9 } } as const;

/** Besides the control characters, what cssString escapes. */
const CSS_ESCAPED: ReadonlySet<string> = new Set(['"', '\\', '<', '>', '&']);

/**
 * A CSS string literal inside <style>: quotes, backslashes, control characters and the characters
 * of markup (< > &) are written as CSS escapes, so no text (a run's name) can end the string or the
 * style element.
 */
export const cssString = (text: string) =>
  `"${Array.from(text, (c) => (CSS_ESCAPED.has(c) || c < ' ' || c === '\u007f' ? `\\${c.charCodeAt(0).toString(16)} ` : c)).join('')}"`;

function styles(input: ReportInput, footer: string): string {
  const page = PAGE[input.paper];
  return `
@page { size: ${page.size}; margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt ${REPORT_FONT}; color: #595959; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt ${REPORT_FONT}; color: #595959; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
html { font-family: ${REPORT_FONT}; font-size: 9.5pt; line-height: 1.45; color: #1f1f1f; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
section { break-before: page; }
section.flow + section.flow { break-before: auto; margin-top: 8mm; }
.cover { break-before: auto; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
.kicker { color: #1668dc; font-size: 11pt; letter-spacing: .08em; margin: 0; }
h1 { font-size: 26pt; margin: 2mm 0 1mm; }
.run-name { font-size: 14pt; color: #434343; margin: 0 0 10mm; }
h2 { font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: .6mm solid #1668dc; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
h4 { font-size: 9.5pt; margin: 3mm 0 1mm; color: #595959; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 8mm; margin: 0; font-size: 10.5pt; }
dl.facts dt { color: #595959; } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
th, td { padding: 1.2mm 2mm; border-bottom: .25mm solid #e0e0e0; text-align: left; vertical-align: top; }
thead th { background: #f0f5ff; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
table.segments { font-size: 8.5pt; }
table.segments td:first-child { white-space: nowrap; }
tr.total td { font-weight: 600; border-top: .4mm solid #8c8c8c; }
table.params th { width: 38%; color: #595959; font-weight: normal; background: none; }
.sw { display: inline-block; width: 3mm; height: 3mm; border-radius: .6mm; margin-right: 1.5mm; vertical-align: -0.3mm; }
figure.chart { break-inside: avoid; margin: 5mm 0; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 8.5pt; color: #595959; margin-top: 1mm; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.card { break-inside: avoid; border: .25mm solid #d9d9d9; border-left: 2mm solid var(--c); border-radius: 1mm; padding: 2.5mm 3.5mm; }
.card h3 { margin: 0; } .card p { margin: 1mm 0; } .card ul { margin: 0; padding-left: 5mm; }
.count, .muted { color: #595959; }
.note { white-space: pre-wrap; background: #fffbe6; padding: 1.5mm 2mm; }
ol.rules li { margin-bottom: 1.5mm; }
dl.glossary dt { font-weight: 600; margin-top: 2mm; break-after: avoid; } dl.glossary dd { margin: 0 0 0 5mm; }
pre { white-space: pre-wrap; word-break: break-all; font-size: 7pt; background: #f5f5f5; padding: 2mm; }
code { font-size: 8pt; word-break: break-all; }
@media screen {
  html { background: #e8e8e8; }
  main { background: #fff; max-width: ${page.width - 30}mm; margin: 8mm auto; padding: 16mm 15mm; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
  section { border-top: 1px dashed #bfbfbf; margin-top: 12mm; padding-top: 8mm; }
  .cover { border-top: none; min-height: 0; margin-top: 0; padding-top: 0; }
}`;
}

/**
 * A run as one standalone HTML report — cover, segment overview with charts (inline SVG), persona
 * cards with playbook and notes, method and parameters (enough to reproduce the run), data quality,
 * definitions, sources and licences — in the report's language, money in the dataset's currency,
 * laid out for A4 or Letter with page numbers. Pure: the same input gives the same document.
 * `fontCss` returns @font-face rules for the text (the embedded CJK font); without it the
 * machine's fonts are used.
 */
export function renderReport(input: ReportInput, fontCss: (text: string) => string = () => ''): string {
  const x = reportText(input.lang, input.dataset.currency);
  const body = [
    coverSection(input, x),
    overviewSection(input, x, reportCharts(input, x)),
    personasSection(input, x),
    comparisonSection(input, x),
    campaignSection(input, x),
    methodSection(input, x),
    qualitySection(input, x),
    definitionsSection(x),
    sourcesSection(input, x),
  ].join('\n');
  const title = `${x.t('report.title')} · ${input.run.name}`;
  const footer = `SegmentDesk · ${title}`;
  const css = styles(input, footer);
  const fonts = fontCss(body + title + css);
  const policy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="SegmentDesk ${escapeHtml(input.appVersion)}">
<title>${escapeHtml(title)}</title>
<style>
${fonts}
${css}
</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}
