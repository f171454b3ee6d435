import { HISTOGRAM_BINS } from '../../../shared/explore';
import { quantiles7 } from './order-stats';
import type { RfmResult } from './rfm';

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** What the RFM view draws: the R × F grid (customers and mean spend per cell) and the R, F, M histograms. */
export interface RfmCharts {
  /** grid[r − 1][f − 1]: customers with that recency and frequency score. */
  customers: number[][];
  /** Their mean spend; null for an empty cell. */
  meanMonetary: (number | null)[][];
  histograms: { recency: HistogramBin[]; frequency: HistogramBin[]; monetary: HistogramBin[] };
}

/**
 * Equal-width bins from the least value to the 99th percentile, the last bin also holding the
 * few above it (up to the greatest): a long tail (one customer with 200 orders) does not squeeze
 * everyone else into the first bar. One bin when all values are equal.
 */
export function histogram(values: Float64Array, bins = HISTOGRAM_BINS): HistogramBin[] {
  const finite = values.filter((v) => v === v);
  if (finite.length === 0) return [];
  const [min, cap, max] = quantiles7(finite, [0, 0.99, 1]);
  const top = cap > min ? cap : max;
  const k = min === max ? 1 : bins;
  const width = (top - min) / k || 1;
  const counts = Array.from({ length: k }, () => 0);
  // Values spanning more than the largest double (−1e308 to 1e308): the width overflows, so edges are interpolated.
  const wide = !Number.isFinite(width);
  const edge = wide ? (b: number) => min * (1 - b / k) + top * (b / k) : (b: number) => min + b * width;
  for (const v of finite) {
    const at = wide ? (v / k - min / k) / (top / k - min / k) : (v - min) / width;
    counts[Math.max(0, Math.min(k - 1, Math.floor(wide ? at * k : at)))]++;
  }
  return counts.map((count, b) => ({ from: edge(b), to: b === k - 1 ? max : edge(b + 1), count }));
}

export function rfmCharts(
  rfm: RfmResult,
  input: { recency: Float64Array; frequency: Float64Array; monetary: Float64Array },
  bins: number,
): RfmCharts {
  const customers = Array.from({ length: bins }, () => Array.from({ length: bins }, () => 0));
  const sums = Array.from({ length: bins }, () => Array.from({ length: bins }, () => 0));
  const { r, f } = rfm;
  for (let c = 0; c < r.scores.length; c++) {
    const a = r.scores[c] - 1;
    const b = f.scores[c] - 1;
    if (a < 0 || b < 0) continue;
    customers[a][b]++;
    sums[a][b] += input.monetary[c];
  }
  return {
    customers,
    meanMonetary: sums.map((row, a) => row.map((s, b) => (customers[a][b] > 0 ? s / customers[a][b] : null))),
    histograms: {
      recency: histogram(input.recency),
      frequency: histogram(input.frequency),
      monetary: histogram(input.monetary),
    },
  };
}
