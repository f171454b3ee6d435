import { personaItems, timesText } from '../../../shared/product-persona';
import type { SegmentSummary } from '../../../shared/segments';
import type { ReportInput, ReportText } from './report-input';
import { productLevels, reportProducts } from './products-section';

/** The executive summary names an item at least this share of the segment's buyers bought, when one sets it apart. */
const SUMMARY_SHARE = 0.05;

/**
 * The executive summary's line on what sets a segment (the one bringing the most revenue) apart
 * in its baskets: "What sets Champions apart in their baskets: 9.8% of them bought LUNCH BAG RED
 * VINTAGE DOILY, 4× as often as the average customer." The item with the highest lift among those
 * at least 5 % of its buyers bought (else the highest lift); by category when the run has
 * categories, else by product; null when the run has no products or nothing sets the segment apart.
 */
export function productsFinding(input: ReportInput, x: ReportText, segment: SegmentSummary | null): string | null {
  const products = reportProducts(input);
  if (!products || !segment) return null;
  const index = input.result.segments.indexOf(segment);
  for (const level of productLevels(products)) {
    const items = level.segments.find((s) => s.segment === index);
    const candidates = items ? personaItems(items, Infinity) : [];
    const item = candidates.find((s) => s.share >= SUMMARY_SHARE) ?? candidates[0];
    if (item)
      return x.t('productsReport.finding', {
        name: segment.name[x.lang],
        share: x.pct(item.share),
        item: item.name,
        times: timesText(item.lift, x.lang),
      });
  }
  return null;
}
