/** Customers with the same (x, tₓ, T), counted once with a weight: large files fit as fast as small ones. */
export interface GroupedSummary {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** The distinct times (tₓ and T values together) and, per group, the index of its tₓ and T among them: ln(α + t) is taken once per distinct time. */
  times: Float64Array;
  txAt: Int32Array;
  TAt: Int32Array;
}

/** Each value's index among the distinct values of `values`, taken in ascending order. */
function ranks(distinct: Map<number, number>): Float64Array {
  const sorted = Float64Array.from(distinct.keys()).sort();
  sorted.forEach((v, i) => distinct.set(v, i));
  return sorted;
}

/**
 * Groups customers by (x, tₓ, T). The three values are first numbered (x among distinct x, the times
 * among distinct tₓ and T values), so a group's key is one integer (a string only if that could pass
 * 2^53): a numeric Map, several times faster on 10^6 customers than "x|tₓ|T" strings.
 */
export function groupSummary(x: Float64Array, tx: Float64Array, T: Float64Array): GroupedSummary {
  const xs = new Map<number, number>();
  const ts = new Map<number, number>();
  for (let i = 0; i < x.length; i++) {
    xs.set(x[i], 0);
    ts.set(tx[i], 0);
    ts.set(T[i], 0);
  }
  ranks(xs);
  const times = ranks(ts);
  const nt = times.length;
  const numeric = xs.size * nt * nt < Number.MAX_SAFE_INTEGER;
  const index = new Map<number | string, number>();
  const first: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const code = (xs.get(x[i])! * nt + ts.get(tx[i])!) * nt + ts.get(T[i])!;
    const key = numeric ? code : `${x[i]}|${tx[i]}|${T[i]}`;
    const at = index.get(key);
    if (at !== undefined) w[at]++;
    else {
      index.set(key, w.length);
      first.push(i);
      w.push(1);
    }
  }
  return {
    x: Float64Array.from(first, (i) => x[i]),
    tx: Float64Array.from(first, (i) => tx[i]),
    T: Float64Array.from(first, (i) => T[i]),
    weight: Float64Array.from(w),
    times,
    txAt: Int32Array.from(first, (i) => ts.get(tx[i])!),
    TAt: Int32Array.from(first, (i) => ts.get(T[i])!),
  };
}
