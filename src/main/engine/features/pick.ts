/** The entries of `a` at the given positions (all of it, uncopied, when every position is kept). */
export function pick(a: Float64Array, keep: Int32Array): Float64Array {
  if (keep.length === a.length) return a;
  const out = new Float64Array(keep.length);
  for (let k = 0; k < keep.length; k++) out[k] = a[keep[k]];
  return out;
}
