/**
 * ψ(x), the digamma function, for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then
 * the asymptotic series ln x − 1/(2x) − Σ B₂ₖ/(2k x^2k) to x⁻¹²: about 1e-15 absolute there.
 */
export function digamma(x: number): number {
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const tail =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - (691 / 32760) * inv2)))));
  return shift + Math.log(x) - 0.5 / x - tail;
}
