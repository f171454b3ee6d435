import type { DimensionBinsInfo } from '../../../../shared/segments';

/** Where ties left scores to no customer in one dimension, in figures a sentence can say. */
export interface TiedScores {
  /** Scores with customers: the groups the dimension can tell apart. */
  groups: number;
  /** Scores no customer got. */
  empty: number[];
  /** The lowest bins up to the first with customers after the last empty one: their share of customers and values [lo, hi]. */
  share: number;
  lo: number;
  hi: number;
}

/**
 * The figures behind "Most of your customers bought once or twice, so 'frequency' can only tell 4
 * groups apart here": the customers from the lowest value up to the bin after the last empty
 * score share a few values (whole numbers: [lo, upper − 1]). Null when every score has customers.
 */
export function tiedScores(bins: DimensionBinsInfo): TiedScores | null {
  if (bins.empty.length === 0) return null;
  const total = bins.customers.reduce((a, b) => a + b, 0);
  // Bins in value order (bin i gives bins.scores[i]); customers are kept by score.
  const inBin = bins.scores.map((score) => bins.customers[score - 1]);
  const lastEmpty = Math.max(...bins.empty.map((score) => bins.scores.indexOf(score)));
  let upTo = lastEmpty + 1;
  while (upTo < inBin.length - 1 && inBin[upTo] === 0) upTo++;
  upTo = Math.min(upTo, inBin.length - 1);
  const held = inBin.slice(0, upTo + 1).reduce((a, b) => a + b, 0);
  const lo = bins.lower[0] ?? 0;
  const upper = bins.upper[upTo] ?? lo;
  return {
    groups: inBin.filter((n) => n > 0).length,
    empty: bins.empty,
    share: total > 0 ? held / total : 0,
    lo,
    hi: Number.isInteger(upper) && Number.isInteger(lo) ? upper - 1 : upper,
  };
}
