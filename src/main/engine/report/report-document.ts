import type { Paper } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import { REPORT_FONT } from './chart-svg';
import type { ContentsEntry } from './front-page';
import { escapeHtml } from '../../../shared/escape-html';

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

/** The report's style sheet for a paper size, the footer on every page but the first. */
export function styles(paper: Paper, footer: string): string {
  const page = PAGE[paper];
  return `
@page { size: ${page.size}; margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt ${REPORT_FONT}; color: #595959; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt ${REPORT_FONT}; color: #595959; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
html { font-family: ${REPORT_FONT}; font-size: 9.5pt; line-height: 1.45; color: #1f1f1f; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
/* Page 1 is the front page; after it every part flows on, so no page is left a third full. */
section { margin-top: 9mm; }
section.front { margin-top: 0; }
section.front + section { break-before: page; margin-top: 0; }
.title-block { border-bottom: .6mm solid #1668dc; padding-bottom: 4mm; margin-bottom: 6mm; }
.logo { display: block; max-height: 18mm; max-width: 60mm; margin-bottom: 4mm; }
.kicker { color: #1668dc; font-size: 10pt; letter-spacing: .08em; margin: 0; }
h1 { font-size: 24pt; line-height: 1.2; margin: 1mm 0 1mm; }
.run-name { font-size: 12pt; color: #434343; margin: 0 0 3mm; }
dl.byline { display: grid; grid-template-columns: max-content 1fr; gap: .5mm 6mm; margin: 0; }
dl.byline dt { color: #595959; } dl.byline dd { margin: 0; }
p.lead { font-size: 10.5pt; }
ol.findings { padding-left: 6mm; margin: 0 0 6mm; font-size: 10.5pt; }
ol.findings li { margin-bottom: 2.5mm; padding-left: 1mm; }
ol.contents { padding-left: 6mm; font-size: 10.5pt; }
ol.contents li { margin-bottom: 1mm; }
ol.contents a { color: inherit; text-decoration: none; }
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
tr.chosen td { background: #f6ffed; }
ol.references { padding-left: 6mm; font-size: 8.5pt; } ol.references li { margin-bottom: 1mm; }
table.params th { width: 38%; color: #595959; font-weight: normal; background: none; }
.sw { display: inline-block; width: 3mm; height: 3mm; border-radius: .6mm; margin-right: 1.5mm; vertical-align: -0.3mm; }
figure.chart { break-inside: avoid; margin: 4mm 0 6mm; }
figure.chart svg { width: 100%; height: auto; display: block; }
h3.chart-title { margin: 0 0 1.5mm; font-size: 10.5pt; }
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
ol.overview-findings { padding-left: 6mm; margin: 0 0 4mm; }
ol.overview-findings li { margin-bottom: 2mm; padding-left: 1mm; break-inside: avoid; }
ol.overview-findings .why { display: block; color: #434343; }
table.figures td:first-child { width: 46%; }
table.figures.single { width: 75%; }
table.figures.single td:first-child { width: 70%; }
table.largest { font-size: 8.5pt; }
table.products td:first-child { width: 55%; } table.left-out { width: 75%; }
.keep { break-inside: avoid; }
h2 + p, h3 { break-after: avoid; }
@media screen {
  html { background: #e8e8e8; }
  main { background: #fff; max-width: ${page.width - 30}mm; margin: 8mm auto; padding: 16mm 15mm; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
  section { border-top: 1px dashed #bfbfbf; margin-top: 12mm; padding-top: 8mm; }
  section.front { border-top: none; margin-top: 0; padding-top: 0; }
}`;
}

/** The parts after page 1 numbered (part-1, part-2 …) for the contents, which lists their headings. */
export function numberParts(parts: string[]): { contents: ContentsEntry[]; numbered: string[] } {
  const contents: ContentsEntry[] = [];
  const numbered = parts.map((html, i) => {
    const id = `part-${i + 1}`;
    contents.push({ id, heading: /<h2>(.*?)<\/h2>/.exec(html)?.[1] ?? '' });
    return html.replace('<section', `<section id="${id}"`);
  });
  return { contents, numbered };
}

/**
 * A report's body as one standalone HTML document: no script, nothing loaded (a content security
 * policy says so), the report's style sheet for its paper with `SegmentDesk · title` in the footer,
 * and the fonts `fontCss` gives for the text it holds.
 */
export function reportDocument(
  doc: { lang: Language; paper: Paper; appVersion: string; title: string; body: string },
  fontCss: (text: string) => string,
): string {
  const css = styles(doc.paper, `SegmentDesk · ${doc.title}`);
  const fonts = fontCss(doc.body + doc.title + css);
  const policy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="SegmentDesk ${escapeHtml(doc.appVersion)}">
<title>${escapeHtml(doc.title)}</title>
<style>
${fonts}
${css}
</style>
</head>
<body><main>
${doc.body}
</main></body>
</html>
`;
}
