import type {
  CampaignGap,
  CampaignGroupInfo,
  CampaignResultsInfo,
  CampaignSegmentInfo,
} from '../../../shared/campaign';
import { ALL_ROW } from '../../../shared/compare';
import { AppError } from '../../../shared/errors';
import type { RunMembership } from '../monitor/migration';
import {
  chiSquare2x2,
  ratioInterval,
  twoProportionZTest,
  upliftInterval,
  welchTTest,
  type Proportion,
} from './ab-test';

/** One customer of a campaign: which group, whether they responded, what they spent (if known). */
export interface CampaignRow {
  id: string;
  group: 'test' | 'control';
  responded: boolean;
  revenue: number | null;
}

const figures = (rows: CampaignRow[]): CampaignGroupInfo => {
  const customers = rows.length;
  const responders = rows.filter((r) => r.responded).length;
  const spent = rows.filter((r) => r.revenue !== null).map((r) => r.revenue!);
  return {
    customers,
    responders,
    rate: customers ? responders / customers : null,
    revenuePerCustomer: spent.length ? spent.reduce((s, v) => s + v, 0) / spent.length : null,
  };
};

/** The revenue difference by Welch's t-test, its statistic left empty when no group has any spread. */
function revenueTest(a: number[], b: number[]): CampaignSegmentInfo['revenue'] {
  const w = welchTTest(a, b);
  return Number.isFinite(w.t) && Number.isFinite(w.df) ? w : { difference: w.difference, t: null, df: null, p: null };
}

/** Why the response statistics are empty, if they are: a group without customers, nobody or everybody responding. */
function responseGap(t: Proportion, c: Proportion): CampaignGap | null {
  if (t.customers === 0 || c.customers === 0) return 'emptyGroup';
  const responders = t.responders + c.responders;
  if (responders === 0) return 'noResponders';
  return responders === t.customers + c.customers ? 'allResponded' : null;
}

/** Test against control in one group of customers; each statistic that cannot be computed is null with its reason in `why`. */
function compare(segment: string, rows: CampaignRow[], level: number): CampaignSegmentInfo {
  const testRows = rows.filter((r) => r.group === 'test');
  const controlRows = rows.filter((r) => r.group === 'control');
  const test = figures(testRows);
  const control = figures(controlRows);
  const t: Proportion = { responders: test.responders, customers: test.customers };
  const c: Proportion = { responders: control.responders, customers: control.customers };
  const gap = responseGap(t, c);
  const both = gap !== 'emptyGroup';
  // A test needs responders and non-responders somewhere, else its statistic is 0/0.
  const mixed = gap === null;
  const spentT = testRows.filter((r) => r.revenue !== null).map((r) => r.revenue!);
  const spentC = controlRows.filter((r) => r.revenue !== null).map((r) => r.revenue!);
  const revenue = spentT.length >= 2 && spentC.length >= 2 ? revenueTest(spentT, spentC) : null;
  const why: CampaignSegmentInfo['why'] = {};
  if (!both) why.uplift = 'emptyGroup';
  if (!both || c.responders === 0) why.relative = both ? 'noResponders' : 'emptyGroup';
  if (!both || t.responders === 0 || c.responders === 0) why.relativeCi = both ? 'noResponders' : 'emptyGroup';
  if (gap) why.tests = gap;
  if (!revenue) why.revenue = both ? 'noRevenue' : 'emptyGroup';
  else if (revenue.t === null) why.revenue = 'sameRevenue';
  return {
    segment,
    test,
    control,
    uplift: both ? test.rate! - control.rate! : null,
    upliftCi: both ? upliftInterval(t, c, level) : null,
    relativeUplift: both && c.responders > 0 ? test.rate! / control.rate! - 1 : null,
    relativeCi:
      both && t.responders > 0 && c.responders > 0
        ? (ratioInterval(t, c, level).map((v) => v - 1) as [number, number])
        : null,
    zTest: mixed ? twoProportionZTest(t, c) : null,
    chiSquare: mixed ? chiSquare2x2(t, c) : null,
    revenue,
    why,
  };
}

/**
 * A campaign's results per segment of a run (customers matched by id) and for all customers:
 * response rates of test and control, absolute and relative uplift with their intervals, the
 * two-proportion z-test and chi-square p-values, and the revenue difference (Welch).
 */
export function campaignResults(rows: CampaignRow[], run: RunMembership, level = 0.95): CampaignResultsInfo {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id))
      throw new AppError(
        'E_INVALID_INPUT',
        `Customer ${r.id} appears twice in the campaign results: each customer belongs to one group once.`,
        { customerId: r.id },
      );
    seen.add(r.id);
  }
  const segmentOf = new Map<string, number>();
  run.ids.forEach((id, i) => segmentOf.set(id, run.segment[i]));
  const bySegment = run.keys.map(() => [] as CampaignRow[]);
  let unmatched = 0;
  for (const r of rows) {
    const s = segmentOf.get(r.id);
    if (s === undefined) unmatched++;
    else bySegment[s].push(r);
  }
  return {
    segments: [...run.keys.map((key, s) => compare(key, bySegment[s], level)), compare(ALL_ROW, rows, level)],
    unmatched,
  };
}
