/**
 * The Pareto/NBD dropout integral where one scale is far above the other: the 2F1 series of
 * pareto-nbd-gradient.ts converges like zⁿ, and z → 1 as β/α (or α/β) grows (a fit drifting
 * towards "nobody leaves" has β in the millions: 10⁵ terms per customer). Here instead
 *
 *   I = ∫_{tₓ}^{T} (a+y)^(−p) (b+y)^(−q) dy,   b − a = d ≫ a + T,
 *
 * (with (p, a, q, b) = (r+x, α, s+1, β) when β > α, and (s+1, β, r+x, α) when α > β; s·I is the
 * likelihood's "dropped out between tₓ and T" term, s/(r+s+x)·A₀) by the binomial series of
 * (b+y)^(−q) = d^(−q) (1 + (a+y)/d)^(−q) = d^(−q) Σₖ (−1)ᵏ (q)ₖ/k! ((a+y)/d)ᵏ, integrated term by term:
 *
 *   I = d^(−q) Σₖ (−1)ᵏ (q)ₖ/k! d^(−k) Dₖ,   Dₖ = ∫_{a+tₓ}^{a+T} u^(k−p) du = B^e L φ₁(eL),
 *
 * B = a + tₓ, L = ln((a+T)/B), e = k − p + 1, φ₁(z) = (eᶻ − 1)/z. The terms alternate in sign and
 * shrink like (q(a+T)/d)ᵏ: below FAR_RATIO, 25 terms reach double precision, none cancelling.
 */

/** q (a + T)/(b − a) at or below this: the binomial series here (its terms shrink from the first); above, the 2F1 series. */
const FAR_RATIO = 0.2;

/** Whether (p, a, q, b) is far enough for lnFarIntegral. */
export const isFar = (a: number, q: number, b: number, T: number) =>
  b > a && (Math.max(q, 1) * (a + T)) / (b - a) <= FAR_RATIO;

/** φ₁(z) = (eᶻ − 1)/z in logs (1 at z = 0), without overflow. */
function lnPhi1(z: number): number {
  if (Math.abs(z) < 1e-10) return z / 2;
  return z > 0 ? z + Math.log(-Math.expm1(-z)) - Math.log(z) : Math.log(-Math.expm1(z)) - Math.log(-z);
}

/** φ₂(z)/φ₁(z), φ₂(z) = ∫₀¹ v e^(zv) dv: the mean of v under the density ∝ e^(zv) on [0, 1]. */
function meanV(z: number): number {
  if (Math.abs(z) < 1e-4) return 0.5 + z / 12;
  return 1 / -Math.expm1(-z) - 1 / z;
}

/** (A^(e−1) − B^(e−1)) / Dₖ: ∂ ln Dₖ/∂a, from e and L (B = 1 scaled out; divide by B). */
function dLnDda(e: number, L: number): number {
  const z = e * L;
  if (z <= 30) return Math.expm1(z - L) / (L * Math.exp(lnPhi1(z)));
  return (e * (Math.exp(-L) - Math.exp(-z))) / -Math.expm1(-z);
}

/**
 * ln I and its derivatives with respect to (p, a, q, b), for tₓ < T where isFar: [ln I, ∂p, ∂a, ∂q, ∂b].
 */
export function lnFarIntegral(p: number, a: number, q: number, b: number, tx: number, T: number): number[] {
  const d = b - a;
  const B = a + tx;
  const L = Math.log((a + T) / B);
  const lnRho = Math.log(B / d);
  const ln0 = lnPhi1((1 - p) * L);
  let lnC = 0; // ln((q)ₖ/k!)
  let harmonic = 0; // Σ_{j<k} 1/(q+j) = ∂ ln (q)ₖ/∂q
  let sum = 0;
  let sp = 0;
  let sa = 0;
  let sq = 0;
  let sk = 0;
  for (let k = 0; k < 1000; k++) {
    const e = k - p + 1;
    const term = (k % 2 === 0 ? 1 : -1) * Math.exp(lnC + k * lnRho + lnPhi1(e * L) - ln0);
    sum += term;
    sp += term * -(Math.log(B) + L * meanV(e * L));
    sa += term * dLnDda(e, L);
    sq += term * harmonic;
    sk += term * k;
    if (Math.abs(term) < 1e-17 * Math.abs(sum) && k > q) break;
    lnC += Math.log((q + k) / (k + 1));
    harmonic += 1 / (q + k);
  }
  const lnI = -q * Math.log(d) + (1 - p) * Math.log(B) + Math.log(L) + ln0 + Math.log(sum);
  return [lnI, sp / sum, q / d + sk / sum / d + sa / sum / B, -Math.log(d) + sq / sum, -q / d - sk / sum / d];
}
