import { ALL_ROW, NEW_ROW, type PeriodKpis, type SegmentKpiInfo } from '../../../shared/compare';
import type { RunMembership } from './migration';
import { mapInt32 } from '../table/map-typed';

/** Transactions for the KPIs: per row its customer's id, its UTC day number, spend and order key (NaN: every row is an order). */
export interface KpiRows {
  customerIds: readonly string[];
  /** Per row, an index into customerIds (−1: no customer). */
  customer: Int32Array;
  day: Float64Array;
  spend: Float64Array;
  order: Float64Array;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/**
 * Per segment of the first run (and customers new to the second, and all): who was active in
 * the period before the first run's analysis day and in the period after it (up to the second
 * run's), retention, churn, reactivation, revenue, orders and order value in both periods.
 */
export function periodKpis(rows: KpiRows, first: RunMembership, firstDay: number, secondDay: number): PeriodKpis {
  const length = secondDay - firstDay;
  const before: [number, number] = [firstDay - length, firstDay];
  const after: [number, number] = [firstDay, secondDay];
  const segments = first.keys.length;
  const NEW = segments;
  const segmentOf = new Map<string, number>();
  first.ids.forEach((id, i) => segmentOf.set(id, first.segment[i]));
  const customerSegment = mapInt32(rows.customerIds, (id) => segmentOf.get(id) ?? NEW);
  const m = rows.customerIds.length;
  const activeBefore = new Uint8Array(m);
  const activeAfter = new Uint8Array(m);
  const groups = segments + 1;
  const revenue = [new Float64Array(groups), new Float64Array(groups)];
  const orders = [new Float64Array(groups), new Float64Array(groups)];
  const seenOrders = [new Set<number>(), new Set<number>()];
  for (let r = 0; r < rows.customer.length; r++) {
    const c = rows.customer[r];
    const d = rows.day[r];
    if (c < 0 || !(d >= before[0] && d < after[1])) continue;
    const period = d < firstDay ? 0 : 1;
    const g = customerSegment[c];
    (period === 0 ? activeBefore : activeAfter)[c] = 1;
    const s = rows.spend[r];
    if (s === s) revenue[period][g] += s;
    const key = rows.order[r];
    if (key !== key) orders[period][g]++;
    else if (!seenOrders[period].has(key)) {
      seenOrders[period].add(key);
      orders[period][g]++;
    }
  }
  const count = (g: number) => {
    let customers = 0;
    let a = 0;
    let b = 0;
    let both = 0;
    let back = 0;
    for (let c = 0; c < m; c++) {
      if (g >= 0 && customerSegment[c] !== g) continue;
      const inRun = customerSegment[c] !== NEW;
      if (g === NEW ? activeAfter[c] : inRun) customers++;
      a += activeBefore[c];
      b += activeAfter[c];
      if (activeBefore[c] && activeAfter[c]) both++;
      if (inRun && !activeBefore[c] && activeAfter[c]) back++;
    }
    return { customers, a, b, both, back };
  };
  const kpi = (segment: string, g: number): SegmentKpiInfo => {
    const { customers, a, b, both, back } = count(g);
    const sum = (list: Float64Array) => (g >= 0 ? list[g] : list.reduce((s, v) => s + v, 0));
    const [rb, ra, ob, oa] = [sum(revenue[0]), sum(revenue[1]), sum(orders[0]), sum(orders[1])];
    const retention = ratio(both, a);
    const aovBefore = ratio(rb, ob);
    const aovAfter = ratio(ra, oa);
    return {
      segment,
      customers,
      activeBefore: a,
      activeAfter: b,
      retained: both,
      retention,
      churn: retention === null ? null : 1 - retention,
      reactivated: back,
      revenueBefore: rb,
      revenueAfter: ra,
      revenueGrowth: rb > 0 ? (ra - rb) / rb : null,
      ordersBefore: ob,
      ordersAfter: oa,
      aovBefore,
      aovAfter,
      aovChange: aovBefore !== null && aovAfter !== null ? (aovAfter - aovBefore) / aovBefore : null,
    };
  };
  const kpis = [...first.keys.map((key, g) => kpi(key, g)), kpi(NEW_ROW, NEW), kpi(ALL_ROW, -1)];
  return { before, after, kpis };
}
