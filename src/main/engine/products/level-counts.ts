import type { UnitRows } from './unit-rows';

/** What one level's items were bought for, per segment (arrays indexed segment × items + item). */
export interface LevelCounts {
  items: number;
  segments: number;
  /** The segment's spend on the item, and its customers who bought it. */
  revenue: Float64Array;
  buyers: Int32Array;
  /** Per segment: customers with at least one item. */
  segmentBuyers: Int32Array;
  /** Per window of days: customers who bought the item before the window, and of those, who did not within it. */
  windows: { days: number; before: Int32Array; stopped: Int32Array }[];
}

export interface LevelCountsInput {
  /** Each row's item (-1: none). */
  item: Int32Array;
  items: number;
  units: UnitRows;
  /** Each member's segment. */
  segmentOf: Int32Array;
  segments: number;
  day: Float64Array;
  spend: Float64Array;
  analysisDay: number;
  /** Window lengths in days, counted back from the analysis day. */
  windows: readonly number[];
}

/**
 * Counts, in one pass over the counted lines member by member, each segment's revenue and buyers
 * per item and, per window, who bought an item before the window and not within it. A member's
 * items are flagged in a small per-item array stamped with the member, so nothing is cleared.
 */
export function levelCounts(input: LevelCountsInput): LevelCounts {
  const { item, items, units, segmentOf, segments, day, spend, analysisDay, windows } = input;
  const cells = segments * items;
  const out: LevelCounts = {
    items,
    segments,
    revenue: new Float64Array(cells),
    buyers: new Int32Array(cells),
    segmentBuyers: new Int32Array(segments),
    windows: windows.map((days) => ({ days, before: new Int32Array(cells), stopped: new Int32Array(cells) })),
  };
  const stamp = new Int32Array(items).fill(-1);
  const flags = new Int32Array(items);
  const touched = new Int32Array(items);
  const cutoffs = windows.map((d) => analysisDay - d);
  const members = units.start.length - 1;
  for (let u = 0; u < members; u++) {
    const s = segmentOf[u];
    if (s < 0) continue;
    let count = 0;
    for (let k = units.start[u]; k < units.start[u + 1]; k++) {
      const r = units.rows[k];
      const i = item[r];
      if (i < 0) continue;
      if (stamp[i] !== u) {
        stamp[i] = u;
        flags[i] = 0;
        touched[count++] = i;
      }
      const v = spend[r];
      if (v === v) out.revenue[s * items + i] += v;
      // Bit 2w: bought before window w; bit 2w + 1: bought within it.
      for (let w = 0; w < cutoffs.length; w++) flags[i] |= day[r] < cutoffs[w] ? 1 << (2 * w) : 2 << (2 * w);
    }
    if (count > 0) out.segmentBuyers[s]++;
    for (let t = 0; t < count; t++) {
      const i = touched[t];
      const cell = s * items + i;
      out.buyers[cell]++;
      for (let w = 0; w < cutoffs.length; w++) {
        const f = (flags[i] >> (2 * w)) & 3;
        if (f & 1) out.windows[w].before[cell]++;
        if (f === 1) out.windows[w].stopped[cell]++;
      }
    }
  }
  return out;
}
