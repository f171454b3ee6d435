import { AppError } from '../../../shared/errors';
import { quantiles7 } from './order-stats';

/**
 * quantile: the R package rfm's rfm_table_order — type-7 quantile breaks, the interior ones + 1,
 * bins [lower, upper) from the minimum to the maximum + 1;
 * rank: ntile on the ranks, ties broken by customer id;
 * fixed: the user's cut points c1 ≤ c2 ≤ …: bins [min, c1), [c1, c2), …, [c_last, max + 1) (equal
 *   cuts leave a score to no one, as ties do in the quantile method: a re-applied run keeps them).
 */
export type BinningMethod = 'quantile' | 'rank' | 'fixed';

/** The bins of one dimension: bin i (0-based) gets score i + 1, or bins − i when reversed (recency). */
export interface DimensionBins {
  /** Lower and upper bound of each bin: half-open [lower, upper) for quantile and fixed; for rank, the least and greatest value in it. */
  lower: number[];
  upper: number[];
  /** The score each bin gives. */
  scores: number[];
  /** Customers per score 1..bins (index score − 1). */
  customers: number[];
  /** Scores no customer gets (ties collapsed their bin): worth a warning. */
  empty: number[];
}

export interface ScoredDimension {
  /** Per customer, 1..bins. */
  scores: Uint8Array;
  bins: DimensionBins;
}

function extent(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Scores by half-open bins [lower_i, upper_i), as rfm_table_order assigns them. The bins run
 * from the least value to past the greatest, one after another: a value's bin is the first
 * whose upper bound is above it. The last bin takes every value from its lower bound up: its
 * upper bound, max + 1, is the max itself from 2^53 on (and for an infinite max), where
 * [b_last, max + 1) would leave the greatest value in no bin.
 */
function scoreByBounds(values: Float64Array, lower: number[], upper: number[], reverse: boolean): ScoredDimension {
  const count = lower.length;
  const binScores = Array.from({ length: count }, (_, i) => (reverse ? count - i : i + 1));
  const scoreOfBin = Uint8Array.from(binScores);
  const uppers = Float64Array.from(upper);
  const least = lower[0];
  const scores = new Uint8Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!(v >= least)) continue;
    let i = 0;
    while (i < count - 1 && !(v < uppers[i])) i++;
    scores[k] = scoreOfBin[i];
  }
  return { scores, bins: describe(scores, lower, upper, binScores) };
}

function describe(scores: Uint8Array, lower: number[], upper: number[], binScores: number[]): DimensionBins {
  const counts = new Int32Array(binScores.length + 1);
  for (let k = 0; k < scores.length; k++) counts[scores[k]]++;
  const customers = Array.from(counts.subarray(1));
  const empty = customers.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  return { lower, upper, scores: binScores, customers, empty };
}

/** rfm_table_order's bins: quantiles at 0, 1/bins, … 1 (type 7); interior breaks + 1; [min, b1), …, [b_last, max + 1). */
export function quantileBins(values: Float64Array, bins: number, reverse: boolean): ScoredDimension {
  const breaks = quantiles7(
    values,
    Array.from({ length: bins - 1 }, (_, i) => (i + 1) / bins),
  ).map((q) => q + 1);
  const { min, max } = extent(values);
  return scoreByBounds(values, [min, ...breaks], [...breaks, max + 1], reverse);
}

/** The user's cut points: [min, c1), [c1, c2), …, [c_last, max + 1). */
export function fixedBins(values: Float64Array, cuts: readonly number[], reverse: boolean): ScoredDimension {
  for (let i = 1; i < cuts.length; i++) {
    if (!(cuts[i] >= cuts[i - 1])) throw new AppError('E_BAD_SPEC', 'Cut points must not decrease.', { cuts });
  }
  const { min, max } = extent(values);
  return scoreByBounds(values, [min, ...cuts], [...cuts, max + 1], reverse);
}

/**
 * ntile on ranks: customers ordered by value (ties by `tieOrder`, e.g. customer id), the k-th of
 * n gets bin floor(bins · k / n) (dplyr's ntile), so every bin has n/bins customers, ±1.
 */
export function rankBins(
  values: Float64Array,
  bins: number,
  reverse: boolean,
  tieOrder: (a: number, b: number) => number,
): ScoredDimension {
  const n = values.length;
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => values[a] - values[b] || tieOrder(a, b));
  const scores = new Uint8Array(n);
  const lower = Array.from({ length: bins }, () => Number.NaN);
  const upper = Array.from({ length: bins }, () => Number.NaN);
  order.forEach((k, rank) => {
    const bin = Math.floor((bins * rank) / n);
    scores[k] = reverse ? bins - bin : bin + 1;
    if (Number.isNaN(lower[bin])) lower[bin] = values[k];
    upper[bin] = values[k];
  });
  return {
    scores,
    bins: describe(
      scores,
      lower,
      upper,
      Array.from({ length: bins }, (_, i) => (reverse ? bins - i : i + 1)),
    ),
  };
}
