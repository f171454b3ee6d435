import { personaItems, timesText } from '../../../shared/product-persona';
import type { ItemStat, LevelItems, RunProducts, SegmentItems } from '../../../shared/products';
import type { ReportInput, ReportText } from './report-input';
import { segmentColor } from './report-input';

/** At most this many items in a segment's table, and stopped items in its line. */
export const REPORT_ITEMS = 5;
const STOPPED_ITEMS = 3;

/** The run's products when it has them (a transactions dataset with a product or category column), else null. */
export const reportProducts = (input: Pick<ReportInput, 'products'>): RunProducts | null =>
  input.products && input.products.needs === null && (input.products.product || input.products.category)
    ? input.products
    : null;

/** The levels the run has, categories first (fewer, plainer words), then products. */
export const productLevels = (products: RunProducts): LevelItems[] =>
  [products.category, products.product].filter((l): l is LevelItems => l !== null);

/** An item's name, and its code after it when the code is not the name. */
function itemCell(item: { key: string; name: string }, x: ReportText): string {
  const code = item.key !== item.name ? ` <span class="muted">${x.esc(item.key)}</span>` : '';
  return `<td>${x.esc(item.name)}${code}</td>`;
}

/** A segment's distinctive items as a compact table: item, share of its buyers, how many times as often as the average customer, revenue. */
function itemsTable(level: LevelItems, items: ItemStat[], x: ReportText): string {
  const { t, esc } = x;
  const heads = [
    `productsReport.col_${level.level}`,
    'productsReport.col_share',
    'productsReport.col_often',
    'productsReport.col_revenue',
  ]
    .map((k, i) => `<th${i ? ' class="num"' : ''}>${esc(t(k))}</th>`)
    .join('');
  const rows = items.map(
    (s) =>
      `<tr>${itemCell(s, x)}<td class="num">${x.pct(s.share)}</td><td class="num">${esc(timesText(s.lift, x.lang))}</td><td class="num">${x.money(s.revenue)}</td></tr>`,
  );
  return `<table class="segments products"><thead><tr>${heads}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * "Bought before and not in the last 180 days (customers): A (32), B (20), C (12)": the longest
 * window's first items that at least `min` of the segment's customers stopped buying.
 */
function stoppedLine(items: SegmentItems, min: number, x: ReportText): string {
  const enough = (w: SegmentItems['stopped'][number]) => w.items.filter((s) => s.customers >= min);
  const window = [...items.stopped].sort((a, b) => b.days - a.days).find((w) => enough(w).length > 0);
  if (!window) return '';
  const list = enough(window)
    .slice(0, STOPPED_ITEMS)
    .map((s) => `${s.name} (${x.int(s.customers)})`);
  return `<p class="muted">${x.esc(x.t('productsReport.stoppedList', { days: x.int(window.days), items: list.join(x.lang === 'zh-CN' ? '、' : ', ') }))}</p>`;
}

/** One level of one segment: its table of distinctive items (or why there is none) and what it stopped buying. */
function levelBlock(level: LevelItems, items: SegmentItems, x: ReportText, stopped: boolean): string {
  const { t, esc } = x;
  // The items the persona would name: above 1.0× once rounded.
  const distinctive = personaItems(items, REPORT_ITEMS);
  const min = items.minBuyers ?? level.minBuyers;
  const lead = t(`productsReport.lead_${level.level}`, { buyers: x.int(items.buyers), min: x.int(min) });
  const body = distinctive.length
    ? itemsTable(level, distinctive, x)
    : `<p class="muted">${esc(t(`productsReport.none_${level.level}`))}</p>`;
  return `<p class="count">${esc(lead)}</p>${body}${stopped ? stoppedLine(items, min, x) : ''}`;
}

/**
 * "What each segment buys": for each segment with customers, the items that set it apart (the
 * highest lift among items enough of its customers bought) by category and by product, with the
 * share of its buyers, how many times as often as the average customer and the segment's revenue
 * on them, and what it stopped buying. Empty when the run has no products.
 */
export function productsSection(input: ReportInput, x: ReportText): string {
  const products = reportProducts(input);
  if (!products) return '';
  const { t, esc, lang } = x;
  const levels = productLevels(products);
  const blocks = input.result.segments.map((seg, i) => {
    if (seg.customers === 0) return '';
    const inner = levels
      .map((level) => {
        const items = level.segments.find((s) => s.segment === i);
        // Stopped items once per segment: products' when there are products.
        return items ? levelBlock(level, items, x, level === levels[levels.length - 1]) : '';
      })
      .join('');
    if (!inner) return '';
    return `<div class="keep segment-products"><h3><span class="sw" style="background:${segmentColor(i)}"></span>${esc(seg.name[lang])}</h3>${inner}</div>`;
  });
  return `<section><h2>${esc(t('productsReport.heading'))}</h2><p>${esc(t('productsReport.intro'))}</p>${blocks.join('')}</section>`;
}
