/** `size` distinct rows of n, uniformly at random (partial Fisher–Yates), in ascending order; all rows when size ≥ n. */
export function sampleRows(n: number, size: number, random: () => number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.min(n - i - 1, Math.floor(random() * (n - i)));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, size).sort();
}

/** The given rows of a row-major table of d columns. */
export function takeRows(values: Float64Array, d: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * d);
  rows.forEach((r, i) => out.set(values.subarray(r * d, r * d + d), i * d));
  return out;
}
