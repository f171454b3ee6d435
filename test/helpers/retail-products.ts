import { productNames, type RetailLine } from './retail-lines';

/** A segment's most distinctive product, counted here from the raw lines (not by the engine). */
export interface TopProduct {
  code: string;
  name: string;
  /** Of the segment's customers with a product, the share who bought it. */
  share: number;
  lift: number;
  revenue: number;
}

/**
 * The products that set segment `s` apart, most first: among codes bought by at least max(5, 2 %
 * of the segment's customers with a product), lift above 1, the highest lift (then most buyers,
 * then code). Lift = share of the segment's customers with a product who bought it ÷ share of all.
 */
export function distinctiveProducts(
  lines: readonly RetailLine[],
  segmentOf: Map<string, number>,
  s: number,
): TopProduct[] {
  const buyersOf = new Map<string, Set<string>>();
  const inSegment = new Map<string, Set<string>>();
  const revenue = new Map<string, number>();
  const segmentCustomers = new Set<string>();
  const allCustomers = new Set<string>();
  for (const l of lines) {
    allCustomers.add(l.customer);
    buyersOf.set(l.code, (buyersOf.get(l.code) ?? new Set()).add(l.customer));
    if (segmentOf.get(l.customer) !== s) continue;
    segmentCustomers.add(l.customer);
    inSegment.set(l.code, (inSegment.get(l.code) ?? new Set()).add(l.customer));
    revenue.set(l.code, (revenue.get(l.code) ?? 0) + l.quantity * l.price);
  }
  const min = Math.max(5, Math.ceil(0.02 * segmentCustomers.size));
  const names = productNames(lines);
  return [...inSegment]
    .map(([code, who]) => ({
      code,
      buyers: who.size,
      share: who.size / segmentCustomers.size,
      lift: who.size / segmentCustomers.size / (buyersOf.get(code)!.size / allCustomers.size),
    }))
    .filter((p) => p.buyers >= min && p.lift > 1)
    .sort((a, b) => b.lift - a.lift || b.buyers - a.buyers || (a.code < b.code ? -1 : 1))
    .map((p) => ({ ...p, name: names.get(p.code)!, revenue: revenue.get(p.code)! }));
}

export const topDistinctive = (lines: readonly RetailLine[], segmentOf: Map<string, number>, s: number) =>
  distinctiveProducts(lines, segmentOf, s)[0];
