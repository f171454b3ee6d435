/**
 * S[x] = Σ_{k<x} 1/(c+k) for x = 0 … maxX: ψ(c + x) − ψ(c) for whole x, the digamma differences
 * that the purchase models' gradients need for every distinct purchase count, in one pass.
 */
export function harmonicSums(c: number, maxX: number): Float64Array {
  const S = new Float64Array(maxX + 2);
  for (let k = 0; k <= maxX; k++) S[k + 1] = S[k] + 1 / (c + k);
  return S;
}
