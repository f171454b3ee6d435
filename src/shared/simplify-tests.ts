import type { ClusterResult } from './cluster';

/** One test of a clustering's tree: a number below or at least a threshold, a category value or not. */
export type TreeTest = ClusterResult['tree']['leaves'][number]['tests'][number];

/** A path's tests on one number field as one interval [min, max); `missing` when a missing value passes (only "at least" tests, as the tree sends missing values). */
export interface NumberSpan {
  feature: string;
  min: number | null;
  max: number | null;
  missing: boolean;
}

/** A simplified test: one interval per number field, category tests as they are. */
export type SimpleTest = NumberSpan | Exclude<TreeTest, { threshold: number }>;

/**
 * A path's tests with those on one number field made one interval, where the field first comes:
 * "Income < 69.5 and Income < 39.5" is "Income < 39.5", "Income ≥ 20 and Income < 39.5" is
 * 20 ≤ Income < 39.5 (a missing value fails any "below" test).
 */
export function simplifyTests(tests: readonly TreeTest[]): SimpleTest[] {
  const out: SimpleTest[] = [];
  const spans = new Map<string, NumberSpan>();
  for (const test of tests) {
    if (!('threshold' in test)) {
      out.push(test);
      continue;
    }
    let span = spans.get(test.feature);
    if (!span) {
      span = { feature: test.feature, min: null, max: null, missing: true };
      spans.set(test.feature, span);
      out.push(span);
    }
    if (test.op === 'below') {
      span.max = span.max === null ? test.threshold : Math.min(span.max, test.threshold);
      span.missing = false;
    } else span.min = span.min === null ? test.threshold : Math.max(span.min, test.threshold);
  }
  return out;
}

/** Whether a simplified test is a number interval. */
export const isSpan = (test: SimpleTest): test is NumberSpan => 'missing' in test && !('op' in test);
