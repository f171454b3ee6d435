/**
 * The adjusted Rand index of two labelings (Hubert & Arabie 1985), as scikit-learn's
 * `adjusted_rand_score`: 1 for the same partition (whatever the label names), about 0 for
 * independent ones.
 */
export function adjustedRand(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  if (b.length !== n) throw new RangeError('Both labelings must have the same length.');
  let ka = 0;
  let kb = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] + 1 > ka) ka = a[i] + 1;
    if (b[i] + 1 > kb) kb = b[i] + 1;
  }
  const table = new Float64Array(ka * kb);
  for (let i = 0; i < n; i++) table[a[i] * kb + b[i]]++;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let sumCells = 0;
  for (const v of table) sumCells += pairs(v);
  let sumA = 0;
  for (let i = 0; i < ka; i++) {
    let row = 0;
    for (let j = 0; j < kb; j++) row += table[i * kb + j];
    sumA += pairs(row);
  }
  let sumB = 0;
  for (let j = 0; j < kb; j++) {
    let col = 0;
    for (let i = 0; i < ka; i++) col += table[i * kb + j];
    sumB += pairs(col);
  }
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  // Both labelings a single cluster, or each point its own: the same partition.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}
