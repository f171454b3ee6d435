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
  const rows = excluded.codes
    .slice(0, LISTED_CODES)
    .map(
      (c) =>
        `<tr><td><code>${esc(c.key)}</code></td><td>${esc(c.name)}</td><td class="num">${x.int(c.lines)}</td><td class="num">${x.money(c.revenue)}</td></tr>`,
    );
  const heads = ['col_code', 'col_description', 'col_lines', 'col_revenue']
    .map((k, i) => `<th${i > 1 ? ' class="num"' : ''}>${esc(t(`productsReport.${k}`))}</th>`)
    .join('');
  return `<p>${esc(lead)}</p><table class="segments"><thead><tr>${heads}</tr></thead><tbody>${rows.join('')}<tr class="total"><td>${esc(t('productsReport.col_total'))}</td><td></td><td class="num">${x.int(excluded.lines)}</td><td class="num">${x.money(excluded.revenue)}</td></tr></tbody></table>`;
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
