import type { ClusterResult } from './cluster';
import type { RuleCondition, RuleGroup, SegmentRule, SegmentSummary } from './segments';
import { isSpan, simplifyTests, type SimpleTest } from './simplify-tests';

const MISSING = '(missing)';

/** One simplified tree test as a rule condition (or group): numbers as ranges, categories as value sets, "(missing)" as missing. */
function condition(test: SimpleTest): RuleCondition | RuleGroup {
  // The tree sends customers missing the number with those at or above the threshold.
  if (isSpan(test)) {
    const range = { field: test.feature, op: 'range' as const, min: test.min, max: test.max };
    return test.missing ? { any: [range, { field: test.feature, op: 'missing' }] } : range;
  }
  // "≠ value" holds for any other value, one first seen next month too, and for a missing one (the tree sends both that way).
  if (test.op === 'isNot' && test.value !== MISSING)
    return {
      any: [
        { field: test.feature, op: 'notIn', values: [test.value] },
        { field: test.feature, op: 'missing' },
      ],
    };
  const values = test.op === 'is' ? [test.value] : test.others;
  const real = values.filter((v) => v !== MISSING);
  const parts: RuleCondition[] = [
    ...(real.length ? [{ field: test.feature, op: 'in' as const, values: real }] : []),
    ...(values.includes(MISSING) ? [{ field: test.feature, op: 'missing' as const }] : []),
  ];
  return parts.length === 1 ? parts[0] : { any: parts };
}

/**
 * A clustering's depth-3 tree as a rule segmentation: one rule per cluster, holding when any of
 * the cluster's leaves holds (all of the tests on its path, one interval per number field). Saved as a rules run, it segments
 * next month's customers the same way without clustering again.
 */
export function clusterRules(
  tree: ClusterResult['tree'],
  segments: Pick<SegmentSummary, 'key' | 'name'>[],
): SegmentRule[] {
  return segments
    .map((seg, c) => {
      const paths = tree.leaves
        .filter((l) => l.label === c)
        .map((l): RuleGroup => ({ all: simplifyTests(l.tests).map(condition) }));
      if (paths.length === 0) return null;
      return { key: seg.key, name: seg.name, when: paths.length === 1 ? paths[0] : { any: paths } };
    })
    .filter((r): r is SegmentRule => r !== null);
}
