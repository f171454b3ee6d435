import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import { rulesSpecSchema, type RulesSpec, type SegmentRule } from '../../../../shared/segments';
import { DAY_MS, isoDay, monthStart } from './finding-days';

/** A rules run of one segment at the Overview's analysis day (so it counts what the finding counted). */
function oneRuleSpec(rule: SegmentRule, analysisDay: number, windowDays?: number): RulesSpec {
  return rulesSpecSchema.parse({
    model: 'rules',
    rules: [rule],
    analysisDate: isoDay(analysisDay),
    frequency: 'orders',
    ...(windowDays ? { windowDays } : {}),
  });
}

/**
 * The regulars slipping away as a rules run, the finding's one definition: over the year before
 * the analysis day, at least `regularOrders` orders, on average fewer than `regularGap` days
 * apart, and none in the last `slippingDays` days.
 */
export function slippingRegularsSpec(analysisDay: number): RulesSpec {
  const rule: SegmentRule = {
    key: 'slipping_regulars',
    name: { en: 'Regulars slipping away', 'zh-CN': '渐渐不来的老主顾' },
    when: {
      all: [
        { field: 'frequency', op: 'range', min: T.regularOrders, max: null },
        { field: 'gap', op: 'range', min: null, max: T.regularGap },
        { field: 'recency', op: 'range', min: T.slippingDays, max: null },
      ],
    },
  };
  return oneRuleSpec(rule, analysisDay, T.yearDays);
}

/** The customers whose first purchase is in a month (YYYY-MM as a month number) as a rules run. */
export function cohortSpec(month: number, analysisDay: number): RulesSpec {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const rule: SegmentRule = {
    key: 'cohort',
    name: { en: `First bought ${year}-${String(m).padStart(2, '0')}`, 'zh-CN': `${year}年${m}月首购` },
    when: {
      all: [
        {
          field: 'firstPurchase',
          op: 'range',
          min: monthStart(month) * DAY_MS,
          max: monthStart(month + 1) * DAY_MS,
        },
      ],
    },
  };
  return oneRuleSpec(rule, analysisDay);
}
