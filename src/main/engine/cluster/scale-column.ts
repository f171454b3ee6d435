export type Scaling = 'zscore' | 'minmax' | 'robust' | 'none';

/** The q-quantile of sorted values, linear between order statistics (type 7, numpy's default). */
function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** How a column was scaled: value' = (value − center) / scale (after log1p when `log`). */
export interface ColumnScale {
  center: number;
  scale: number;
  log: boolean;
}

/**
 * Scales a column with no missing values as scikit-learn's scalers do: z-score with the
 * population standard deviation (StandardScaler), min-max to [0, 1] (MinMaxScaler), or
 * median and interquartile range (RobustScaler); a constant column gets scale 1. `log` applies
 * log1p first (for skewed money columns; values must be > −1).
 */
export function scaleColumn(
  values: Float64Array,
  method: Scaling,
  log = false,
): { values: Float64Array; scale: ColumnScale } {
  const x = log ? values.map(Math.log1p) : Float64Array.from(values);
  const n = x.length;
  let center = 0;
  let scale = 1;
  if (method === 'zscore') {
    for (const v of x) center += v;
    center /= n;
    let ss = 0;
    for (const v of x) ss += (v - center) ** 2;
    scale = Math.sqrt(ss / n);
  } else if (method === 'minmax') {
    let min = Infinity;
    let max = -Infinity;
    for (const v of x) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    center = min;
    scale = max - min;
  } else if (method === 'robust') {
    const sorted = Float64Array.from(x).sort();
    center = quantile(sorted, 0.5);
    scale = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  }
  if (!(scale > 0)) scale = 1;
  for (let i = 0; i < n; i++) x[i] = (x[i] - center) / scale;
  return { values: x, scale: { center, scale, log } };
}
