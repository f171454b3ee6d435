import { createTranslate } from './i18n';
import type { ItemStat, LevelItems, RunProducts, SegmentItems } from './products';
import { roundDecimal } from './round-decimal';
import type { Language } from './schemas';

/** At most this many distinctive items in one persona sentence. */
export const PERSONA_ITEMS = 3;

/** "3.1×" / "3.1 倍": a lift as people read it, to one decimal (rounded half away from zero). */
export function timesText(lift: number, lang: Language): string {
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(roundDecimal(lift, 1));
  return createTranslate(lang)('productsReport.times', { n });
}

/** "A, B, and C" / "A、B和C". */
const listText = (items: string[], lang: Language) =>
  new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(items);

/** The distinctive items a persona names: those bought more often than by the average customer once rounded (above 1.0×), the first `max`. */
export function personaItems(segment: SegmentItems, max = PERSONA_ITEMS): ItemStat[] {
  return segment.distinctive.filter((s) => roundDecimal(s.lift, 1) > 1).slice(0, max);
}

/** A persona's distinctive items in words ("A and B") and their figures ("3.1× and 2.4×", or one "3.1×" when they round alike); null when none stands out. */
export function buysWords(
  segment: SegmentItems,
  lang: Language,
  max = PERSONA_ITEMS,
): { items: string; times: string; each: boolean } | null {
  const items = personaItems(segment, max);
  if (!items.length) return null;
  const times = items.map((s) => timesText(s.lift, lang));
  const each = times.some((x) => x !== times[0]);
  return {
    items: listText(
      items.map((s) => s.name),
      lang,
    ),
    times: each ? listText(times, lang) : times[0],
    each,
  };
}

/**
 * "Buys REGENCY CAKESTAND 3 TIER and PARTY BUNTING 3.1× and 2.4× as often as the average
 * customer" (one figure when they round alike: "Buys gifts and party goods 3.1× as often …"):
 * the segment's distinctive items, in the language; null when none stands out.
 */
export function buysSentence(segment: SegmentItems, lang: Language, max = PERSONA_ITEMS): string | null {
  const words = buysWords(segment, lang, max);
  if (!words) return null;
  const { items, times } = words;
  return createTranslate(lang)(words.each ? 'productsReport.buysEach' : 'productsReport.buysOne', { items, times });
}

/**
 * "Stopped buying WHITE HANGING HEART T-LIGHT HOLDER in the last 180 days (32 customers who used to)":
 * the item most of the segment's customers bought before the longest window with one and not within
 * it, when at least `minCustomers` (and two) did; else null.
 */
export function stoppedSentence(segment: SegmentItems, lang: Language, minCustomers = 1): string | null {
  const windows = [...segment.stopped].sort((a, b) => b.days - a.days);
  for (const w of windows) {
    const top = w.items[0];
    if (!top || top.customers < Math.max(2, minCustomers)) continue;
    return createTranslate(lang)('productsReport.stopped', {
      item: top.name,
      days: w.days,
      customers: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(top.customers),
    });
  }
  return null;
}

/** One level's persona lines for a segment: what it buys more often than the average customer, what it stopped buying. */
function levelLines(level: LevelItems | null, segment: number, lang: Language, stopped: boolean): string[] {
  const items = level?.segments.find((s) => s.segment === segment);
  if (!level || !items) return [];
  const buys = buysSentence(items, lang);
  const quit = stopped ? stoppedSentence(items, lang, items.minBuyers ?? level.minBuyers) : null;
  return [buys, quit].filter((l): l is string => l !== null);
}

/**
 * A segment's persona lines about what it buys, shared by the app and the report: by category
 * ("Buys gifts and party goods 3.1× as often as the average customer"), by product, and the
 * product (else category) its customers stopped buying. Empty when the run has no products
 * (`needs`) or nothing sets the segment apart.
 */
export function productPersona(products: RunProducts, segment: number, lang: Language): string[] {
  if (products.needs !== null) return [];
  const category = levelLines(products.category, segment, lang, products.product === null);
  return [...category, ...levelLines(products.product, segment, lang, true)];
}
