import type { ItemLevel, ItemRef, ItemStat, LevelItems, SegmentItems } from '../../../shared/products';
import type { LevelCounts } from './level-counts';

/** How many items each list holds. */
export const TOP_ITEMS = 10;
/** An item sets a segment apart only when at least this many of its customers bought it … */
export const MIN_DISTINCTIVE_BUYERS = 5;
/** … and at least this share of the segment's customers with an item. */
export const MIN_DISTINCTIVE_SHARE = 0.02;

/** The fewest buyers in a segment (with `buyers` customers with an item) for an item to count as distinctive. */
export function minDistinctiveBuyers(buyers: number): number {
  return Math.max(MIN_DISTINCTIVE_BUYERS, Math.ceil(MIN_DISTINCTIVE_SHARE * buyers));
}

const byKey = (items: readonly ItemRef[]) => (a: number, b: number) =>
  items[a].key < items[b].key ? -1 : items[a].key > items[b].key ? 1 : 0;

/**
 * Each segment's lists at one level: top items by revenue and by buyers, the distinctive ones
 * (lift above 1 among items at least `minDistinctiveBuyers` of its customers bought, by lift) and
 * those it stopped buying per window (by customers). Ties go to the item whose key sorts first.
 */
export function rankLevel(level: ItemLevel, counts: LevelCounts, items: readonly ItemRef[]): LevelItems {
  const { items: n, segments, buyers } = counts;
  const allBuyers = new Int32Array(n);
  for (let s = 0; s < segments; s++) for (let i = 0; i < n; i++) allBuyers[i] += buyers[s * n + i];
  let customers = 0;
  for (let s = 0; s < segments; s++) customers += counts.segmentBuyers[s];
  let bought = 0;
  for (let i = 0; i < n; i++) if (allBuyers[i] > 0) bought++;
  const keyOrder = byKey(items);
  const segmentLists: SegmentItems[] = [];
  for (let s = 0; s < segments; s++) {
    const base = s * n;
    const segmentBuyers = counts.segmentBuyers[s];
    const stat = (i: number): ItemStat => {
      const share = segmentBuyers > 0 ? buyers[base + i] / segmentBuyers : 0;
      const allShare = customers > 0 ? allBuyers[i] / customers : 0;
      return {
        ...items[i],
        revenue: counts.revenue[base + i],
        buyers: buyers[base + i],
        share,
        allBuyers: allBuyers[i],
        allShare,
        lift: allShare > 0 ? share / allShare : 0,
      };
    };
    const held: number[] = [];
    for (let i = 0; i < n; i++) if (buyers[base + i] > 0) held.push(i);
    const top = (order: (a: number, b: number) => number, from = held) =>
      [...from].sort((a, b) => order(a, b) || keyOrder(a, b)).slice(0, TOP_ITEMS);
    const minBuyers = minDistinctiveBuyers(segmentBuyers);
    const stats = new Map(held.map((i) => [i, stat(i)]));
    const lift = (i: number) => stats.get(i)!.lift;
    const distinctive = held.filter((i) => buyers[base + i] >= minBuyers && lift(i) > 1);
    segmentLists.push({
      segment: s,
      buyers: segmentBuyers,
      minBuyers,
      byRevenue: top((a, b) => counts.revenue[base + b] - counts.revenue[base + a]).map((i) => stats.get(i)!),
      byBuyers: top((a, b) => buyers[base + b] - buyers[base + a]).map((i) => stats.get(i)!),
      distinctive: top((a, b) => lift(b) - lift(a) || buyers[base + b] - buyers[base + a], distinctive).map(
        (i) => stats.get(i)!,
      ),
      stopped: counts.windows.map(({ days, before, stopped }) => {
        const gone: number[] = [];
        for (let i = 0; i < n; i++) if (stopped[base + i] > 0) gone.push(i);
        return {
          days,
          items: top((a, b) => stopped[base + b] - stopped[base + a], gone).map((i) => ({
            ...items[i],
            customers: stopped[base + i],
            share: stopped[base + i] / before[base + i],
          })),
        };
      }),
    });
  }
  return { level, items: bought, customers, minBuyers: MIN_DISTINCTIVE_BUYERS, segments: segmentLists };
}
