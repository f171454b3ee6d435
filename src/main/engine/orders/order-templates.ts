import { ORDER_VALUE_NAMES } from '../../../shared/order-facts';
import type { SegmentRule } from '../../../shared/segments';
import type { CustomerField, CustomerTable } from '../features/customer-table';
import { quantile7, sortedCopy } from '../models/order-stats';
import { bandRules } from '../models/rules';
import type { RuleTemplate } from '../models/templates';

/** A number rounded to two significant digits (137.4 → 140, 0.83 → 0.83): a band edge people read. */
const nice = (v: number) => (v > 0 ? Number(v.toPrecision(2)) : v);

/** Edges of order value bands: the least value, the quartiles of the amounts above 0 rounded to two significant digits (repeats dropped), open above. */
export function orderValueEdges(values: Float64Array): number[] {
  const sorted = sortedCopy(values.filter((v) => v === v));
  if (sorted.length === 0) return [];
  // Quartiles of the orders with an amount (unpaid orders of amount 0 would make bands of nothing).
  const positive = sorted.filter((v) => v > 0);
  const basis = positive.length > 0 ? positive : sorted;
  const inner = [0.25, 0.5, 0.75].map((p) => nice(quantile7(basis, p))).filter((e) => e > sorted[0]);
  const edges = [sorted[0], ...inner].filter((e, i, all) => i === 0 || e > all[i - 1]);
  return [...edges, Number.POSITIVE_INFINITY];
}

/** One rule per value of a category field, the commonest first. */
function valueRules(field: CustomerField & { kind: 'category' }, named = (v: string) => ({ en: v, 'zh-CN': v })) {
  const counts = new Int32Array(field.labels.length);
  for (const c of field.codes) if (c >= 0) counts[c]++;
  return field.labels
    .map((label, e) => ({ label, count: counts[e] }))
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 50)
    .map(
      ({ label }, i): SegmentRule => ({
        key: `${field.name}_${i + 1}`,
        name: named(label),
        when: { all: [{ field: field.name, op: 'in', values: [label] }] },
      }),
    );
}

/**
 * The ready-made order segmentations an order file can carry: order value bands, orders by region
 * and by province (or continent and country), paid vs unpaid vs refunded.
 */
export function orderTemplates(table: CustomerTable, currency: string | null): RuleTemplate[] {
  const out: RuleTemplate[] = [];
  const field = (name: string) => table.fields.find((f) => f.name === name);
  const value = field('orderValue');
  if (value && value.kind === 'number') {
    const edges = orderValueEdges(value.values);
    if (edges.length > 2)
      out.push({
        key: 'order_value',
        group: 'value',
        name: { en: 'Order value bands', 'zh-CN': '订单金额分段' },
        rules: bandRules('orderValue', edges, 'value', { currency, openBelow: true }),
      });
  }
  const places = [
    ['region', { en: 'Orders by region', 'zh-CN': '按地区' }],
    ['province', { en: 'Orders by province', 'zh-CN': '按省份' }],
    ['continent', { en: 'Orders by continent', 'zh-CN': '按大洲' }],
    ['country', { en: 'Orders by country', 'zh-CN': '按国家' }],
  ] as const;
  for (const [name, title] of places) {
    const f = field(name);
    if (f?.kind === 'category') out.push({ key: name, group: 'geographic', name: title, rules: valueRules(f) });
  }
  const status = field('paymentStatus');
  if (status?.kind === 'category')
    out.push({
      key: 'payment_status',
      group: 'behavioural',
      name: { en: 'Paid vs unpaid vs refunded', 'zh-CN': '已付款 / 未付款 / 已退款' },
      rules: valueRules(status, (v) => ORDER_VALUE_NAMES[v] ?? { en: v, 'zh-CN': v }),
    });
  return out;
}
