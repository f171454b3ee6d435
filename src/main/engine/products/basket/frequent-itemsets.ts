/** Orders as sets of items: order o holds items[offsets[o] … offsets[o + 1] − 1], each item once. */
export interface Baskets {
  offsets: Int32Array;
  items: Int32Array;
  /** Items are 0 … itemCount − 1. */
  itemCount: number;
}

/** A frequent itemset: its items (ascending item numbers) and the orders holding all of them. */
export interface Itemset {
  items: Int32Array;
  count: number;
}

/** Too many frequent itemsets to keep: the thresholds are too low for the data. */
export const MAX_ITEMSETS = 1_000_000;

/** The most frequent items whose pairs are counted in a square of counts (4,096² counts: 64 MB). */
const MAX_PAIR_MATRIX = 4096;

/** The least count of orders that meets a share of them (a hair of slack so that 0.01 × 18,500 is 185, not 186). */
export function minCountOf(minSupport: number, orders: number): number {
  return Math.max(1, Math.ceil(minSupport * orders - 1e-9));
}

/**
 * Every itemset of at most `maxItems` items held by at least `minCount` orders, by Eclat: each
 * frequent item's list of orders (ascending), itemsets grown depth first by intersecting the
 * lists, in typed arrays. Exact: the counts are the orders that hold every item. `check` is
 * called now and then (it throws to cancel); `onTooMany` when more than MAX_ITEMSETS are found.
 * Pairs are counted in a square when there are at most `maxPairMatrix` frequent items.
 */
export function frequentItemsets(
  baskets: Baskets,
  minCount: number,
  maxItems: number,
  check: () => void = () => {},
  onTooMany: () => never = () => {
    throw new Error('too many itemsets');
  },
  maxPairMatrix = MAX_PAIR_MATRIX,
): { itemCounts: Int32Array; itemsets: Itemset[]; pairCount: ((a: number, b: number) => number) | null } {
  const { itemCounts, frequent, rank, lists } = frequentItemLists(baskets, minCount);
  const itemsets: Itemset[] = frequent.map((item) => ({ items: Int32Array.of(item), count: itemCounts[item] }));
  if (maxItems < 2) return { itemCounts, itemsets, pairCount: null };
  // Pairs counted order by order first (when the square fits): only frequent pairs are then
  // intersected, and a longer set is tried only when its two newest items make a frequent pair.
  const pairs = frequent.length <= maxPairMatrix ? pairCounts(baskets, rank, frequent.length, check) : null;
  const pairFrequent = (a: number, b: number) =>
    pairs === null || pairs[Math.min(a, b) * frequent.length + Math.max(a, b)] >= minCount;
  let work = 0;
  // Depth first: a prefix (ranks) with its orders, and the ranks that may extend it with theirs.
  const grow = (prefix: number[], extensions: { rank: number; tids: Int32Array }[]) => {
    for (let a = 0; a < extensions.length; a++) {
      const head = extensions[a];
      const next: { rank: number; tids: Int32Array }[] = [];
      const deeper = prefix.length + 2 < maxItems;
      for (let b = a + 1; b < extensions.length; b++) {
        const other = extensions[b];
        if (!pairFrequent(head.rank, other.rank)) continue;
        let count: number;
        let both: Int32Array | null = null;
        if (prefix.length === 0 && pairs !== null && !deeper) count = pairs[head.rank * frequent.length + other.rank];
        else {
          // The last level only needs the count; a level below it, the orders themselves.
          const out = deeper ? new Int32Array(Math.min(head.tids.length, other.tids.length)) : null;
          count = intersect(head.tids, other.tids, minCount, out);
          if (out && count >= 0) both = out.subarray(0, count);
          work += head.tids.length + other.tids.length;
          if (work > 4_000_000) {
            work = 0;
            check();
          }
          if (count < 0) continue;
        }
        const members = new Int32Array(prefix.length + 2);
        for (let i = 0; i < prefix.length; i++) members[i] = frequent[prefix[i]];
        members[prefix.length] = frequent[head.rank];
        members[prefix.length + 1] = frequent[other.rank];
        members.sort();
        itemsets.push({ items: members, count });
        if (itemsets.length > MAX_ITEMSETS) onTooMany();
        if (deeper && both) next.push({ rank: other.rank, tids: both });
      }
      if (next.length > 1) grow([...prefix, head.rank], next);
    }
  };
  grow(
    [],
    lists.map((tidList, r) => ({ rank: r, tids: tidList })),
  );
  const F = frequent.length;
  // Orders holding two frequent items, read from the square.
  const pairCount =
    pairs === null
      ? null
      : (a: number, b: number) => {
          const x = rank[a];
          const y = rank[b];
          return pairs[Math.min(x, y) * F + Math.max(x, y)];
        };
  return { itemCounts, itemsets, pairCount };
}

/**
 * How many orders are in both ascending lists (written into `out` when given), or -1 when fewer
 * than `minCount` (given up as soon as it cannot reach it).
 */
function intersect(a: Int32Array, b: Int32Array, minCount: number, out: Int32Array | null = null): number {
  if (a.length < minCount || b.length < minCount) return -1;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      if (out) out[n] = x;
      n++;
      i++;
      j++;
    } else if (x < y) {
      i++;
      if (n + Math.min(a.length - i, b.length - j) < minCount) return -1;
    } else {
      j++;
      if (n + Math.min(a.length - i, b.length - j) < minCount) return -1;
    }
  }
  return n >= minCount ? n : -1;
}

/** Orders holding each pair of frequent items (ranks a < b at a × frequent + b), counted order by order. */
function pairCounts(baskets: Baskets, rank: Int32Array, frequent: number, check: () => void): Int32Array {
  const { offsets, items } = baskets;
  const counts = new Int32Array(frequent * frequent);
  const held = new Int32Array(frequent);
  let work = 0;
  for (let o = 0; o + 1 < offsets.length; o++) {
    let m = 0;
    for (let k = offsets[o]; k < offsets[o + 1]; k++) {
      const r = rank[items[k]];
      if (r >= 0) held[m++] = r;
    }
    const ranks = held.subarray(0, m).sort();
    for (let i = 0; i < m; i++) {
      const row = ranks[i] * frequent;
      for (let j = i + 1; j < m; j++) counts[row + ranks[j]]++;
    }
    work += m * m;
    if (work > 8_000_000) {
      work = 0;
      check();
    }
  }
  return counts;
}

/** Each item's orders count; the frequent items, rarest first (their lists are the shortest to intersect), their ranks, and each one's orders (ascending). */
function frequentItemLists(baskets: Baskets, minCount: number) {
  const { offsets, items, itemCount } = baskets;
  const orders = offsets.length - 1;
  const itemCounts = new Int32Array(itemCount);
  for (let k = 0; k < items.length; k++) itemCounts[items[k]]++;
  const frequent: number[] = [];
  for (let i = 0; i < itemCount; i++) if (itemCounts[i] >= minCount) frequent.push(i);
  frequent.sort((a, b) => itemCounts[a] - itemCounts[b] || a - b);
  const rank = new Int32Array(itemCount).fill(-1);
  frequent.forEach((item, r) => (rank[item] = r));
  const starts = new Int32Array(frequent.length + 1);
  for (let r = 0; r < frequent.length; r++) starts[r + 1] = starts[r] + itemCounts[frequent[r]];
  const tids = new Int32Array(starts[frequent.length]);
  const fill = starts.slice(0, frequent.length);
  for (let o = 0; o < orders; o++)
    for (let k = offsets[o]; k < offsets[o + 1]; k++) {
      const r = rank[items[k]];
      if (r >= 0) tids[fill[r]++] = o;
    }
  const lists = frequent.map((_, r) => tids.subarray(starts[r], starts[r + 1]));
  return { itemCounts, frequent, rank, lists };
}
