import { buysWords } from '../../../shared/product-persona';
import type { SegmentSummary } from '../../../shared/segments';
import type { ReportInput, ReportText } from './report-input';
import { productLevels, reportProducts } from './products-section';

/** At most this many items in the executive summary's line. */
const FINDING_ITEMS = 2;

/**
 * The executive summary's line on what sets a segment (the one bringing the most revenue) apart
 * in its baskets: "What sets Champions apart in their baskets: they buy A and B 3.1× and 2.4× as
 * often as the average customer." By category when the run has categories, else by product; null
 * when the run has no products or nothing sets the segment apart.
 */
export function productsFinding(input: ReportInput, x: ReportText, segment: SegmentSummary | null): string | null {
  const products = reportProducts(input);
  if (!products || !segment) return null;
  const index = input.result.segments.indexOf(segment);
  for (const level of productLevels(products)) {
    const items = level.segments.find((s) => s.segment === index);
    const words = items ? buysWords(items, x.lang, FINDING_ITEMS) : null;
    if (words)
      return x.t(words.each ? 'productsReport.findingEach' : 'productsReport.findingOne', {
        name: segment.name[x.lang],
        items: words.items,
        times: words.times,
      });
  }
  return null;
}
