import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** Responders out of customers in one group. */
export interface Proportion {
  responders: number;
  customers: number;
}

/** The standard normal's quantile and upper tail. */
const z = (p: number) => normalQuantile(p, 0, 1);
const upperTail = (x: number) => normalCdf(-x, 0, 1);

/** Two-proportion z-test, pooled variance (statsmodels `proportions_ztest`): z and the two-sided p-value. */
export function twoProportionZTest(test: Proportion, control: Proportion): { z: number; p: number } {
  const p1 = test.responders / test.customers;
  const p2 = control.responders / control.customers;
  const pooled = (test.responders + control.responders) / (test.customers + control.customers);
  const stat = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / test.customers + 1 / control.customers));
  return { z: stat, p: 2 * upperTail(Math.abs(stat)) };
}

/** Pearson's chi-square on the 2 × 2 table responded / not × test / control, without continuity correction (scipy `chi2_contingency(correction=False)`). */
export function chiSquare2x2(test: Proportion, control: Proportion): { chi2: number; p: number } {
  const cells = [
    test.responders,
    test.customers - test.responders,
    control.responders,
    control.customers - control.responders,
  ];
  const n = test.customers + control.customers;
  const rows = [test.customers, control.customers];
  const cols = [test.responders + control.responders, n - test.responders - control.responders];
  let chi2 = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      const expected = (rows[i] * cols[j]) / n;
      chi2 += (cells[i * 2 + j] - expected) ** 2 / expected;
    }
  }
  return { chi2, p: 1 - chisquareCdf(chi2, 1) };
}

/** The Wald interval for the difference of proportions (test − control): the absolute uplift's confidence interval. */
export function upliftInterval(test: Proportion, control: Proportion, level = 0.95): [number, number] {
  const p1 = test.responders / test.customers;
  const p2 = control.responders / control.customers;
  const half =
    z(1 - (1 - level) / 2) * Math.sqrt((p1 * (1 - p1)) / test.customers + (p2 * (1 - p2)) / control.customers);
  return [p1 - p2 - half, p1 - p2 + half];
}

/** The log (Katz) interval for the ratio of proportions test / control (statsmodels `confint_proportions_2indep(method="log", compare="ratio")`); minus 1 it is the relative uplift's. */
export function ratioInterval(test: Proportion, control: Proportion, level = 0.95): [number, number] {
  const ratio = test.responders / test.customers / (control.responders / control.customers);
  const se = Math.sqrt(1 / test.responders - 1 / test.customers + 1 / control.responders - 1 / control.customers);
  const half = z(1 - (1 - level) / 2) * se;
  return [ratio * Math.exp(-half), ratio * Math.exp(half)];
}

const mean = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const variance = (a: readonly number[]) => {
  const m = mean(a);
  return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1);
};

/** Welch's t-test (unequal variances; scipy `ttest_ind(equal_var=False)`): t, the Welch–Satterthwaite degrees of freedom and the two-sided p-value. */
export function welchTTest(
  a: readonly number[],
  b: readonly number[],
): { t: number; df: number; p: number; difference: number } {
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const difference = mean(a) - mean(b);
  const t = difference / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { t, df, p: 2 * tCdf(-Math.abs(t), df), difference };
}

/** Cohen's h between two proportions (statsmodels `proportion_effectsize`). */
export const cohensH = (p1: number, p2: number) => 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));

/** The power of a two-sided two-sample z-test with n per group at effect size h (statsmodels `NormalIndPower().power`, ratio 1). */
export function normalIndPower(h: number, n: number, alpha: number): number {
  const crit = z(1 - alpha / 2);
  const shift = Math.abs(h) * Math.sqrt(n / 2);
  return upperTail(crit - shift) + normalCdf(-crit - shift, 0, 1);
}

/**
 * Customers per group to detect an absolute uplift from a baseline response rate, two-sided at
 * level α with the given power: Cohen's h and the normal approximation solved for n, as
 * statsmodels' `NormalIndPower().solve_power` does (n itself, and rounded up).
 */
export function sampleSize(
  baseline: number,
  uplift: number,
  alpha: number,
  power: number,
): { h: number; n: number; perGroup: number; total: number } {
  const h = cohensH(baseline + uplift, baseline);
  // The power rises with n: bisect on n (in logs) to full double precision.
  let lo = 1e-6;
  let hi = 1;
  while (normalIndPower(h, hi, alpha) < power) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (normalIndPower(h, mid, alpha) < power) lo = mid;
    else hi = mid;
  }
  const n = (lo + hi) / 2;
  const perGroup = Math.ceil(n);
  return { h, n, perGroup, total: 2 * perGroup };
}
