import type { Minimum } from './minimize';

/** A function's value and gradient at a point. */
export type ValueAndGradient = (x: number[]) => { value: number; gradient: number[] };

export interface BfgsOptions {
  /** Converged when every gradient component is at most this … */
  tolGradient?: number;
  /** … or a step changes the value by less than this (relative). */
  tolValue?: number;
  maxIterations?: number;
  /** A first inverse Hessian (from a descent on a subsample); the identity, scaled after the first step, if not given. */
  inverseHessian?: number[][];
  /** Called before each iteration (progress, and a cancel that throws). */
  onIteration?: () => void;
}

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/**
 * Quasi-Newton minimisation (BFGS, the inverse-Hessian update; Nocedal & Wright, alg. 6.1) with a
 * backtracking line search on the Armijo condition. For the purchase models' likelihoods on the
 * parameters' logs, where an analytic gradient is cheap: tens of evaluations where Nelder–Mead
 * needs about 1,500. A point where the function is not finite counts as too far.
 */
export function minimizeBfgs(
  f: ValueAndGradient,
  start: number[],
  options: BfgsOptions = {},
): Minimum & { inverseHessian: number[][] } {
  const { tolGradient = 1e-9, tolValue = 1e-15, maxIterations = 500 } = options;
  const n = start.length;
  let evaluations = 0;
  const at = (x: number[]) => {
    evaluations++;
    const r = f(x);
    return Number.isFinite(r.value) && r.gradient.every(Number.isFinite)
      ? r
      : { value: Infinity, gradient: r.gradient };
  };
  let x = start.slice();
  let here = at(x);
  const identity = (): number[][] =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  let H = options.inverseHessian?.map((row) => row.slice()) ?? identity();
  let converged = false;
  for (let iteration = 0; iteration < maxIterations && Number.isFinite(here.value); iteration++) {
    options.onIteration?.();
    const g = here.gradient;
    if (Math.max(...g.map(Math.abs)) <= tolGradient) {
      converged = true;
      break;
    }
    let direction = H.map((row) => -dot(row, g));
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction: back to steepest descent.
      H = identity();
      direction = g.map((v) => -v);
      slope = dot(direction, g);
    }
    let step = 1;
    let next = x;
    let there = here;
    for (let k = 0; k < 60; k++, step /= 2) {
      next = x.map((v, i) => v + step * direction[i]);
      there = at(next);
      if (there.value <= here.value + 1e-4 * step * slope) break;
    }
    if (!(there.value <= here.value)) {
      // No step lowers the value: the minimum to the precision of the sums, if the slope is nearly flat.
      converged = Math.max(...g.map(Math.abs)) <= Math.sqrt(tolGradient);
      break;
    }
    const s = next.map((v, i) => v - x[i]);
    const y = there.gradient.map((v, i) => v - g[i]);
    const small = here.value - there.value <= tolValue * Math.max(1, Math.abs(here.value));
    x = next;
    here = there;
    if (small && Math.max(...here.gradient.map(Math.abs)) <= Math.sqrt(tolGradient)) {
      converged = true;
      break;
    }
    const sy = dot(s, y);
    if (sy > 1e-16) H = bfgsUpdate(H, s, y, sy, iteration === 0 && !options.inverseHessian);
  }
  return { x, value: here.value, evaluations, converged, inverseHessian: H };
}

/** H⁺ = (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs); the first H scaled by yᵀs / yᵀy. */
function bfgsUpdate(H0: number[][], s: number[], y: number[], sy: number, first: boolean): number[][] {
  const n = s.length;
  const scale = first ? sy / dot(y, y) : 1;
  const H = H0.map((row) => row.map((v) => v * scale));
  const rho = 1 / sy;
  const Hy = H.map((row) => dot(row, y));
  const yHy = dot(y, Hy);
  return Array.from({ length: n }, (_, i) =>
    Array.from(
      { length: n },
      (_, j) => H[i][j] - rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j],
    ),
  );
}
