import { AppError } from '../../../shared/errors';
import { EIGHT_CLASSES, elevenSegments, type ScoreRule } from '../../../shared/rfm-schemes';
import { OTHERS, type RfmSpec, type SegmentName } from '../../../shared/segments';
import { quantiles7 } from './order-stats';
import { fixedBins, quantileBins, rankBins, type ScoredDimension } from './rfm-scores';

/** What RFM needs of each customer. */
export interface RfmInput {
  ids: string[];
  /** Ids as numbers when all are plain integers (ties then break by number, not text). */
  numericIds: Float64Array | null;
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

export interface SegmentDef {
  key: string;
  name: SegmentName;
}

/** Customers in segments: segment[c] indexes `segments`. */
export interface Segmentation {
  segments: SegmentDef[];
  segment: Int32Array;
}

export interface RfmResult extends Segmentation {
  r: ScoredDimension;
  f: ScoredDimension;
  m: ScoredDimension;
  /** The 8-class scheme's split points (mean or median of each dimension). */
  split: { recency: number; frequency: number; monetary: number } | null;
}

const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;

function constant(values: Float64Array): boolean {
  for (let k = 1; k < values.length; k++) if (values[k] !== values[0]) return false;
  return true;
}

function middle(values: Float64Array, split: 'mean' | 'median'): number {
  if (split === 'median') return quantiles7(values, [0.5])[0];
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Scores 1..bins per dimension by the spec's method; recency is reversed (recent = high). */
function score(input: RfmInput, spec: RfmSpec): Pick<RfmResult, 'r' | 'f' | 'm'> {
  const { numericIds } = input;
  // (ids are only read for text ids: numeric ones may not have been written out as texts.)
  const tieOrder = numericIds
    ? (a: number, b: number) => numericIds[a] - numericIds[b]
    : (a: number, b: number) => (input.ids[a] < input.ids[b] ? -1 : input.ids[a] > input.ids[b] ? 1 : 0);
  const [r, f, m] = DIMENSIONS.map((dim) => {
    const values = input[dim];
    const reverse = dim === 'recency';
    if (spec.method === 'fixed') return fixedBins(values, spec.cuts![dim], reverse);
    if (spec.method === 'rank') return rankBins(values, spec.bins, reverse, tieOrder);
    return quantileBins(values, spec.bins, reverse);
  });
  return { r, f, m };
}

/** Applies a score table, first match in order; customers no row matches go to Others. */
export function applyScoreTable(
  table: readonly ScoreRule[],
  r: Uint8Array,
  f: Uint8Array,
  m: Uint8Array,
): Segmentation {
  // Scores are 1..5: the segment of every (r, f, m) is looked up once; a score outside (-1) is a bug, never a segment.
  const lookup = new Int32Array(6 * 6 * 6).fill(-1);
  for (let a = 1; a <= 5; a++) {
    for (let b = 1; b <= 5; b++) {
      for (let d = 1; d <= 5; d++) {
        const s = table.findIndex(
          (row) => a >= row.r[0] && a <= row.r[1] && b >= row.f[0] && b <= row.f[1] && d >= row.m[0] && d <= row.m[1],
        );
        lookup[a * 36 + b * 6 + d] = s < 0 ? table.length : s;
      }
    }
  }
  const n = r.length;
  const segment = new Int32Array(n);
  let unmatched = 0;
  for (let c = 0; c < n; c++) {
    const s = r[c] <= 5 && f[c] <= 5 && m[c] <= 5 ? lookup[r[c] * 36 + f[c] * 6 + m[c]] : -1;
    if (s < 0) {
      throw new AppError(
        'E_INTERNAL',
        `Customer ${c} has scores R ${r[c]}, F ${f[c]}, M ${m[c]}: each must be 1 to 5.`,
        {
          customer: c,
          scores: [r[c], f[c], m[c]],
        },
      );
    }
    if (s === table.length) unmatched++;
    segment[c] = s;
  }
  const segments: SegmentDef[] = table.map(({ key, name }) => ({ key, name }));
  if (unmatched > 0) segments.push(OTHERS);
  return { segments, segment };
}

/**
 * RFM: scores per dimension (quantile as R's rfm package, rank, or fixed cut points) and the
 * segments of the chosen scheme — the 11-segment score table (or the user's own), or the
 * 8 classes of R, F and M each above or below the mean (median).
 */
export function runRfm(input: RfmInput, spec: RfmSpec): RfmResult {
  const n = input.recency.length;
  if (n < 2)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${n}.`, {
      customers: n,
    });
  if (DIMENSIONS.every((dim) => constant(input[dim]))) {
    throw new AppError('E_NO_VARIATION', 'Every customer has the same recency, frequency and spend.', { customers: n });
  }
  const scores = score(input, spec);
  if (spec.scheme !== 'eight') {
    const table = spec.scheme === 'table' ? spec.table! : elevenSegments(spec.bins);
    return { ...scores, ...applyScoreTable(table, scores.r.scores, scores.f.scores, scores.m.scores), split: null };
  }
  const split = {
    recency: middle(input.recency, spec.split),
    frequency: middle(input.frequency, spec.split),
    monetary: middle(input.monetary, spec.split),
  };
  const segment = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const recent = input.recency[c] < split.recency;
    const frequent = input.frequency[c] > split.frequency;
    const spends = input.monetary[c] > split.monetary;
    segment[c] = EIGHT_CLASSES.findIndex((k) => k.r === recent && k.f === frequent && k.m === spends);
  }
  return { ...scores, segments: EIGHT_CLASSES.map(({ key, name }) => ({ key, name })), segment, split };
}
