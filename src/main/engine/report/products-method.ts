import { MIN_DISTINCTIVE_BUYERS, MIN_DISTINCTIVE_SHARE } from '../products/rank-level';
import type { ReportInput, ReportText } from './report-input';
import { reportProducts } from './products-section';

/** At most this many left-out codes listed by name (the rest summed in the total). */
const LISTED_CODES = 12;

/** What a product is in this data: its code (named by its most frequent description), or its name. */
function productWords(input: ReportInput, x: ReportText): string {
  const { roles } = input.dataset;
  if (roles.productId)
    return x.t(roles.productName ? 'productsReport.method_productId' : 'productsReport.method_productIdOnly', {
      id: roles.productId,
      name: roles.productName ?? '',
    });
  return x.t('productsReport.method_productName', { name: roles.productName ?? '' });
}

/** The non-product codes found in the data and left out, with their lines and revenue. */
function excludedTable(input: ReportInput, x: ReportText): string {
  const excluded = input.products?.excluded;
  const { t, esc } = x;
  if (!excluded || excluded.lines === 0) return `<p>${esc(t('productsReport.method_noneLeftOut'))}</p>`;
  const lead = t('productsReport.method_leftOut', {
    codes: x.int(excluded.codes.length),
    lines: x.int(excluded.lines),
    revenue: x.money(excluded.revenue),
  });
  // Most lines first; a description only when some code has one other than itself.
  const codes = [...excluded.codes].sort((a, b) => b.lines - a.lines || (a.key < b.key ? -1 : 1));
  const named = codes.some((c) => c.name !== c.key);
  const cell = (html: string, num = false) => `<td${num ? ' class="num"' : ''}>${html}</td>`;
  const row = (code: string, name: string, lines: number, revenue: number) =>
    `${cell(code)}${named ? cell(esc(name)) : ''}${cell(x.int(lines), true)}${cell(x.money(revenue), true)}`;
  const rows = codes
    .slice(0, LISTED_CODES)
    .map((c) => `<tr>${row(`<code>${esc(c.key)}</code>`, c.name, c.lines, c.revenue)}</tr>`);
  const heads = ['col_code', ...(named ? ['col_description'] : []), 'col_lines', 'col_revenue']
    .map(
      (k) =>
        `<th${k === 'col_lines' || k === 'col_revenue' ? ' class="num"' : ''}>${esc(t(`productsReport.${k}`))}</th>`,
    )
    .join('');
  const total = `<tr class="total">${row(esc(t('productsReport.col_total')), '', excluded.lines, excluded.revenue)}</tr>`;
  return `<p>${esc(lead)}</p><table class="segments left-out"><thead><tr>${heads}</tr></thead><tbody>${rows.join('')}${total}</tbody></table>`;
}

/**
 * The method of "What each segment buys": what counts as a product (and which codes were left out
 * as not products, with their lines and revenue), which lines count, how an item's lift is
 * computed and when an item sets a segment apart. Empty when the run has no products.
 */
export function productsMethod(input: ReportInput, x: ReportText): string {
  const products = reportProducts(input);
  if (!products) return '';
  const { t, esc } = x;
  const paragraphs = [
    ...(products.product ? [productWords(input, x)] : []),
    ...(products.category ? [t('productsReport.method_category', { column: input.dataset.roles.category ?? '' })] : []),
    t('productsReport.method_lines', { date: products.analysisDate ?? '—' }),
    t('productsReport.method_lift'),
    t('productsReport.method_distinctive', {
      min: x.int(MIN_DISTINCTIVE_BUYERS),
      share: x.share(MIN_DISTINCTIVE_SHARE),
    }),
    t('productsReport.method_stopped'),
  ];
  return `<h3>${esc(t('productsReport.methodHeading'))}</h3>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${products.product ? excludedTable(input, x) : ''}`;
}

/** The terms "What each segment buys" uses, defined (for the definitions section). */
export function productsTerms(input: ReportInput, x: ReportText): [string, string][] {
  if (!reportProducts(input)) return [];
  return ['often', 'buyersShare', 'distinctive', 'stopped', 'nonProduct'].map((k) => [
    x.t(`productsReport.term_${k}`),
    x.t(`productsReport.term_${k}_def`),
  ]);
}
