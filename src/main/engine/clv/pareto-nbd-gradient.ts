import type { GroupedSummary } from './group-summary';
import { harmonicSums } from './harmonic-sums';
import { isFar, lnFarIntegral } from './pareto-nbd-far';
import { type ParetoNbdParams, paretoNbdLead } from './pareto-nbd';

/** ln 2F1(1, b; c; z) and its derivatives' ratios F_b/F, F_c/F, F_z/F, summed in one pass over the series' positive terms. */
function series(b: number, c: number, z: number): number[] {
  let term = 1;
  let sum = 1;
  let hb = 0;
  let hc = 0;
  let db = 0;
  let dc = 0;
  let dz = 0;
  for (let n = 0; n < 100_000; n++) {
    const ratio = (b + n) / (c + n);
    dz += (n + 1) * term * ratio;
    term *= ratio * z;
    hb += 1 / (b + n);
    hc += 1 / (c + n);
    sum += term;
    db += term * hb;
    dc -= term * hc;
    if (term * (n + 1) < sum * 1e-16) break;
  }
  return [Math.log(sum), db / sum, dc / sum, dz / sum];
}

/**
 * ln of an A₀ term at time t (see lnA0Term in pareto-nbd.ts, the Euler-transformed form) and its
 * derivatives with respect to r, α, s, β: [ln, ∂r, ∂α, ∂s, ∂β].
 */
function termWithGradient({ r, alpha, s, beta }: ParetoNbdParams, x: number, t: number): number[] {
  const c = r + s + x + 1;
  const la = Math.log(alpha + t);
  const lb = Math.log(beta + t);
  if (alpha >= beta) {
    const [ln, Fb, Fc, Fz] = series(r + x, c, (alpha - beta) / (alpha + t));
    return [
      ln - (r + x) * la - s * lb,
      Fb + Fc - la,
      (Fz * (beta + t)) / (alpha + t) ** 2 - (r + x) / (alpha + t),
      Fc - lb,
      -Fz / (alpha + t) - s / (beta + t),
    ];
  }
  const [ln, Gb, Gc, Gz] = series(s + 1, c, (beta - alpha) / (beta + t));
  return [
    ln - (r + x - 1) * la - (s + 1) * lb,
    Gc - la,
    -Gz / (beta + t) - (r + x - 1) / (alpha + t),
    Gb + Gc - lb,
    (Gz * (alpha + t)) / (beta + t) ** 2 - (s + 1) / (beta + t),
  ];
}

/**
 * ln of the "dropped out between tₓ and T" term, s/(r+s+x) · A₀ = s · ∫_{tₓ}^{T} (α+y)^(−(r+x)) (β+y)^(−(s+1)) dy,
 * and its gradient in (r, α, s, β); null when tₓ = T (the term is 0). Where one scale is far above
 * the other, the binomial series of pareto-nbd-far.ts; else the two A₀ terms' 2F1 series, ∂ ln A₀
 * from their gradients weighted by term(t)/A₀.
 */
function dropWithGradient(p: ParetoNbdParams, x: number, tx: number, T: number): number[] | null {
  const { r, alpha, s, beta } = p;
  if (!(tx < T)) return null;
  if (isFar(alpha, s + 1, beta, T)) {
    const [ln, dp, da, dq, db] = lnFarIntegral(r + x, alpha, s + 1, beta, tx, T);
    return [Math.log(s) + ln, dp, da, dq + 1 / s, db];
  }
  if (isFar(beta, r + x, alpha, T)) {
    const [ln, dp, da, dq, db] = lnFarIntegral(s + 1, beta, r + x, alpha, tx, T);
    return [Math.log(s) + ln, dq, db, dp + 1 / s, da];
  }
  const atTx = termWithGradient(p, x, tx);
  const atT = termWithGradient(p, x, T);
  if (!(atT[0] < atTx[0])) return null;
  const lnA0 = atTx[0] + Math.log1p(-Math.exp(atT[0] - atTx[0]));
  const wTx = Math.exp(atTx[0] - lnA0);
  const wT = Math.exp(atT[0] - lnA0);
  const out = [Math.log(s / (r + s + x)) + lnA0];
  for (let k = 1; k <= 4; k++) out.push(wTx * atTx[k] - wT * atT[k]);
  out[1] -= 1 / (r + s + x);
  out[3] += 1 / s - 1 / (r + s + x);
  return out;
}

/**
 * One group's ln L = lead + ln(e^alive + e^drop) and its gradient in (r, α, s, β): the two terms'
 * gradients weighted by their shares of the sum.
 */
function groupWithGradient(p: ParetoNbdParams, x: number, tx: number, T: number, out: number[]): number {
  const { r, alpha, s, beta } = p;
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const dAlive = [-Math.log(alpha + T), -(r + x) / (alpha + T), -Math.log(beta + T), -s / (beta + T)];
  const drop = dropWithGradient(p, x, tx, T);
  if (!drop) {
    for (let k = 0; k < 4; k++) out[k] = dAlive[k];
    return alive;
  }
  const m = Math.max(alive, drop[0]);
  const lnSum = m + Math.log(Math.exp(alive - m) + Math.exp(drop[0] - m));
  const share = Math.exp(drop[0] - lnSum);
  for (let k = 0; k < 4; k++) out[k] = (1 - share) * dAlive[k] + share * drop[k + 1];
  return lnSum;
}

/**
 * The summed Pareto/NBD log-likelihood and its gradient with respect to (ln r, ln α, ln s, ln β),
 * for fitting by BFGS. ψ(r+x) − ψ(r) as a sum over whole x (harmonicSums).
 */
export function paretoNbdTotalWithGradient(params: ParetoNbdParams, data: GroupedSummary) {
  const { r, alpha, s, beta } = params;
  const { x, tx, T, weight } = data;
  let maxX = 0;
  for (let i = 0; i < x.length; i++) maxX = Math.max(maxX, x[i]);
  const Sr = harmonicSums(r, maxX);
  const lead = paretoNbdLead(params);
  const g = [0, 0, 0, 0];
  const part = [0, 0, 0, 0];
  let value = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const w = weight[i];
    value += w * (lead(xi) + groupWithGradient(params, xi, tx[i], T[i], part));
    g[0] += w * (Sr[xi] + Math.log(alpha) + part[0]);
    g[1] += w * (r / alpha + part[1]);
    g[2] += w * (Math.log(beta) + part[2]);
    g[3] += w * (s / beta + part[3]);
  }
  return { value, gradient: [g[0] * r, g[1] * alpha, g[2] * s, g[3] * beta] };
}
