/**
 * Derivative-free minimisation for the CLV models' likelihoods (a handful of parameters, on a
 * log scale): Nelder–Mead with the usual coefficients (reflect 1, expand 2, contract ½, shrink ½),
 * run from several starting points, the best restarted from its own best point until a restart
 * no longer improves — the remedy for the simplex collapsing early. No npm
 * optimiser fitted: fmin 0.0.4 cannot be loaded by Node (a UMD file in a "type": "module"
 * package) and optimization-js loops without bound and draws unseeded random numbers.
 */

export interface Minimum {
  x: number[];
  /** The function's value there. */
  value: number;
  /** Function evaluations used. */
  evaluations: number;
  /** The simplex shrank below the tolerances (rather than running out of evaluations). */
  converged: boolean;
}

export interface MinimizeOptions {
  /** The simplex's first step along each coordinate. */
  step?: number;
  /** Stop when the simplex's values differ by at most this (absolute) … */
  tolValue?: number;
  /** … and its points by at most this in every coordinate. */
  tolX?: number;
  maxEvaluations?: number;
}

/** One Nelder–Mead descent from `start`. */
export function nelderMead(f: (x: number[]) => number, start: number[], options: MinimizeOptions = {}): Minimum {
  const { step = 0.5, tolValue = 1e-10, tolX = 1e-9, maxEvaluations = 20_000 } = options;
  const n = start.length;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({
    x,
    v: value(x),
  }));
  const along = (from: number[], to: number[], t: number) => from.map((a, j) => a + t * (to[j] - a));
  let converged = false;
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0];
    const worst = simplex[n];
    const spread = worst.v - best.v;
    const width = Math.max(...simplex.slice(1).map((p) => Math.max(...p.x.map((v, j) => Math.abs(v - best.x[j])))));
    if (spread <= tolValue && width <= tolX) {
      converged = true;
      break;
    }
    const centroid = best.x.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j], 0) / n);
    const reflected = along(centroid, worst.x, -1);
    const rv = value(reflected);
    if (rv < best.v) {
      const expanded = along(centroid, worst.x, -2);
      const ev = value(expanded);
      simplex[n] = ev < rv ? { x: expanded, v: ev } : { x: reflected, v: rv };
    } else if (rv < simplex[n - 1].v) {
      simplex[n] = { x: reflected, v: rv };
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = rv < worst.v;
      const contracted = along(centroid, outside ? reflected : worst.x, 0.5);
      const cv = value(contracted);
      if (cv < (outside ? rv : worst.v)) simplex[n] = { x: contracted, v: cv };
      else {
        for (let i = 1; i <= n; i++) {
          const x = along(best.x, simplex[i].x, 0.5);
          simplex[i] = { x, v: value(x) };
        }
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0].x, value: simplex[0].v, evaluations, converged };
}

/**
 * Nelder–Mead from each start to a loose tolerance; then the best point polished to the tight one,
 * restarted from its own best until that stops helping. The starts guard against a local
 * optimum; only the winner pays for the last digits.
 */
export function minimize(f: (x: number[]) => number, starts: number[][], options: MinimizeOptions = {}): Minimum {
  const tolValue = options.tolValue ?? 1e-10;
  const rough = { ...options, tolValue: Math.max(tolValue, 1e-7), tolX: Math.max(options.tolX ?? 1e-9, 1e-5) };
  let evaluations = 0;
  let best: Minimum | null = null;
  for (const start of starts) {
    const run = nelderMead(f, start, rough);
    evaluations += run.evaluations;
    if (!best || run.value < best.value) best = run;
  }
  let run = best!;
  for (let restart = 0; restart < 20; restart++) {
    const again = nelderMead(f, run.x, { ...options, step: restart === 0 ? options.step : (options.step ?? 0.5) / 4 });
    evaluations += again.evaluations;
    const improved = again.value < run.value - tolValue;
    if (again.value <= run.value) run = again;
    if (!improved && restart > 0) break;
  }
  return { ...run, evaluations };
}
