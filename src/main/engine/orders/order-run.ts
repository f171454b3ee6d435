import { AppError } from '../../../shared/errors';
import type { OrderFacts } from '../../../shared/order-facts';
import type { OrdersSpec, RuleGroup, RunResult } from '../../../shared/segments';
import { translatedName } from '../../../shared/translated-name';
import { personas } from '../profile/personas';
import { applyRules } from '../models/rules';
import { summarizeSegments } from '../models/segment-summary';
import { assertFinite } from '../models/segment-run/assert-finite';
import type { MemberField } from '../models/segment-run/member-fields';
import { membersTable } from '../models/segment-run/members-table';
import type { SegmentRun } from '../models/segment-run/segment-run';
import { summaryOf } from '../models/segment-run/summary-of';
import { orderPersona } from './order-persona';
import type { OrderTable } from './order-table';

/** Number fields an order run always keeps per order, besides those its rules test. */
const KEPT = ['orderValue', 'paymentDelay', 'weekday', 'hour'];

function keptFields(orders: OrderTable, spec: OrdersSpec): MemberField[] {
  const used = new Set(KEPT);
  const visit = (g: RuleGroup): void =>
    ('all' in g ? g.all : g.any).forEach((part) => ('op' in part ? used.add(part.field) : visit(part)));
  spec.rules.forEach((r) => visit(r.when));
  return orders.table.fields.flatMap((f) =>
    used.has(f.name) && f.kind !== 'category'
      ? [{ name: f.name, values: f.values, kind: f.kind === 'date' ? 'datetime' : 'decimal' }]
      : [],
  );
}

function factsOf(orders: OrderTable): OrderFacts {
  const { columns, refunded } = orders;
  let refunds = 0;
  if (refunded) for (const v of refunded) refunds += v;
  return {
    amountColumn: columns.amount,
    amountIsPaid: columns.amountIsPaid,
    idColumn: columns.id,
    createdColumn: columns.created,
    paidColumn: columns.paid,
    refundColumn: columns.refund,
    provinceColumn: columns.province,
    countryColumn: columns.country,
    refundRate: refunded && refunded.length > 0 ? refunds / refunded.length : null,
  };
}

/**
 * Orders segmented by the user's rules over order fields (first match; the rest in Others): per
 * segment its orders, revenue (the amount column), shares, average order value and refund rate,
 * a persona of its orders in plain words, and the per-order columns to store.
 */
export function orderRun(orders: OrderTable, spec: OrdersSpec, analysisDate = ''): SegmentRun {
  const { ids } = orders.table;
  if (ids.length < 2)
    throw new AppError('E_TOO_FEW_ORDERS', `Segmenting orders needs at least 2 orders; this data has ${ids.length}.`, {
      orders: ids.length,
    });
  const ruled = applyRules(orders.table, spec.rules);
  const segmentation = {
    ...ruled,
    segments: ruled.segments.map((s) => ({ ...s, name: spec.names?.[s.key] ?? s.name })),
  };
  const n = ids.length;
  const nan = new Float64Array(n).fill(Number.NaN);
  const { rows, overall } = summarizeSegments(segmentation, {
    orders: new Float64Array(n).fill(1),
    monetary: orders.amount,
    recency: nan,
    frequency: nan,
  });
  const fields = keptFields(orders, spec);
  assertFinite(ids, fields, [...rows, overall]);
  const members = segmentation.segments.map(() => [] as number[]);
  segmentation.segment.forEach((s, r) => members[s].push(r));
  const refundRate = (list: ArrayLike<number>) => {
    if (!orders.refunded || list.length === 0) return null;
    let refunds = 0;
    for (let i = 0; i < list.length; i++) refunds += orders.refunded[list[i]];
    return refunds / list.length;
  };
  // Raw dates as numbers say nothing to people: the persona reads weekday and hour instead.
  const portraits = personas({ ids, fields: orders.table.fields.filter((f) => f.kind !== 'date') }, segmentation);
  const result: RunResult = {
    model: 'orders',
    analysisDate,
    customers: n,
    segments: rows.map((row, s) => ({ ...summaryOf(row, segmentation.segments), refundRate: refundRate(members[s]) })),
    overall: {
      ...summaryOf(overall, segmentation.segments),
      name: translatedName('runNames.allOrders'),
      refundRate: factsOf(orders).refundRate,
    },
    bins: null,
    split: null,
    charts: null,
    cluster: null,
    clv: null,
    orders: factsOf(orders),
    personas: portraits.map((p, s) => ({
      numeric: p.numeric.slice(0, 12),
      categories: p.categories.slice(0, 12),
      description: orderPersona(orders, Int32Array.from(members[s]), rows[s].aov),
    })),
  };
  return { result, members: membersTable(ids, segmentation.segment, fields) };
}
