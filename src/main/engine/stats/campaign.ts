import type { CampaignGroupInfo, CampaignResultsInfo, CampaignSegmentInfo } from '../../../shared/campaign';
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

/** Test against control in one group of customers. */
function compare(segment: string, rows: CampaignRow[], level: number): CampaignSegmentInfo {
  const testRows = rows.filter((r) => r.group === 'test');
  const controlRows = rows.filter((r) => r.group === 'control');
  const test = figures(testRows);
  const control = figures(controlRows);
  const both = test.customers > 0 && control.customers > 0;
  const t: Proportion = { responders: test.responders, customers: test.customers };
  const c: Proportion = { responders: control.responders, customers: control.customers };
  // A test needs responders and non-responders somewhere, else its statistic is 0/0.
  const mixed = both && t.responders + c.responders > 0 && t.responders + c.responders < t.customers + c.customers;
  const spentT = testRows.filter((r) => r.revenue !== null).map((r) => r.revenue!);
  const spentC = controlRows.filter((r) => r.revenue !== null).map((r) => r.revenue!);
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
    revenue: spentT.length >= 2 && spentC.length >= 2 ? welchTTest(spentT, spentC) : null,
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
