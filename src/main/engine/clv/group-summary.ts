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

export function groupSummary(x: Float64Array, tx: Float64Array, T: Float64Array): GroupedSummary {
  const index = new Map<string, number>();
  const gx: number[] = [];
  const gtx: number[] = [];
  const gT: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const key = `${x[i]}|${tx[i]}|${T[i]}`;
    const at = index.get(key);
    if (at !== undefined) w[at]++;
    else {
      index.set(key, w.length);
      gx.push(x[i]);
      gtx.push(tx[i]);
      gT.push(T[i]);
      w.push(1);
    }
  }
  const times = Float64Array.from(new Set([...gtx, ...gT])).sort();
  const at = new Map<number, number>();
  times.forEach((t, j) => at.set(t, j));
  return {
    x: Float64Array.from(gx),
    tx: Float64Array.from(gtx),
    T: Float64Array.from(gT),
    weight: Float64Array.from(w),
    times,
    txAt: Int32Array.from(gtx, (t) => at.get(t)!),
    TAt: Int32Array.from(gT, (t) => at.get(t)!),
  };
}
