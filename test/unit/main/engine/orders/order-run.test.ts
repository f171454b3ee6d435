import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { orderRun } from '../../../../../src/main/engine/orders/order-run';
import { orderTable, type OrderTable } from '../../../../../src/main/engine/orders/order-table';
import { orderTemplates } from '../../../../../src/main/engine/orders/order-templates';
import { ordersSpecSchema } from '../../../../../src/shared/segments';
import { sharedData } from '../../../../helpers/paths';
import { countBy, tmallOrders, type TmallOrder } from '../../../../helpers/tmall-direct';

let orders: OrderTable;
let direct: TmallOrder[];

beforeAll(async () => {
  const prepared = prepareDataset(await readTable(sharedData('tmall_order_report_gbk.csv')), {
    now: Date.UTC(2026, 10, 23),
    fallbackCurrency: 'CNY',
  });
  orders = orderTable(prepared.table, prepared.roles);
  direct = tmallOrders();
}, 60_000);

const field = (name: string) => orders.table.fields.find((f) => f.name === name)!;

describe('orderTable on the GBK Tmall report', () => {
  it('reads which column is which: the paid amount, the two times, the refund, the address', () => {
    expect(orders.columns).toEqual({
      amount: '买家实际支付金额',
      amountIsPaid: true,
      id: '订单编号',
      created: '订单创建时间',
      paid: '订单付款时间',
      refund: '退款金额',
      province: '收货地址',
      country: null,
    });
    expect(orders.table.ids.length).toBe(28010);
    expect(orders.table.ids.slice(0, 2)).toEqual(['1', '2']);
  });

  it('31 provinces in mixed forms normalised, each order counted as the file counts it', () => {
    const province = field('province');
    if (province.kind !== 'category') throw new Error('province is a category');
    const counts = new Map<string, number>();
    province.codes.forEach((c) => counts.set(province.labels[c], (counts.get(province.labels[c]) ?? 0) + 1));
    const expected = countBy(direct, (o) => o.province);
    expect(counts.size).toBe(31);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v.orders])));
    expect(counts.get('上海')).toBe(3353);
    expect(counts.get('广西')).toBe(436);
  });

  it('payment status and refund flag: unpaid = no payment time, refunded = refund amount > 0', () => {
    const status = field('paymentStatus');
    if (status.kind !== 'category') throw new Error('status is a category');
    const counts = [0, 0, 0];
    for (const c of status.codes) counts[c]++;
    const refunded = direct.filter((o) => o.refund > 0).length;
    const unpaid = direct.filter((o) => !(o.refund > 0) && o.payTime === '').length;
    expect(refunded).toBe(5646);
    expect(counts).toEqual([28010 - refunded - unpaid, unpaid, refunded]);
  });

  it('order 2: paid 8 s after creation, created on a Thursday at 23:59 as written', () => {
    const delay = field('paymentDelay');
    const weekday = field('weekday');
    const hour = field('hour');
    if (delay.kind === 'category' || weekday.kind === 'category' || hour.kind === 'category') throw new Error();
    // 2020-02-20 23:59:54 → 2020-02-21 00:00:02.
    expect(delay.values[1]).toBeCloseTo(8 / 3600, 12);
    expect(weekday.values[1]).toBe(4);
    expect(hour.values[1]).toBe(23);
    expect(Number.isNaN(delay.values[0])).toBe(true);
  });
});

describe('orderRun by region', () => {
  it('orders, revenue, shares, average order and refund rate per region equal a direct count', () => {
    const regions = ['华东', '华北', '西南', '华南', '东北', '华中', '西北'];
    const spec = ordersSpecSchema.parse({
      model: 'orders',
      rules: regions.map((r, i) => ({
        key: `r${i}`,
        name: { en: r, 'zh-CN': r },
        when: { all: [{ field: 'region', op: 'in', values: [r] }] },
      })),
    });
    const { result, members } = orderRun(orders, spec);
    const expected = countBy(direct, (o) => o.region);
    const total = direct.reduce((s, o) => s + o.paid, 0);
    expect(result.model).toBe('orders');
    expect(result.customers).toBe(28010);
    expect(result.segments.map((s) => s.key)).toEqual(regions.map((_, i) => `r${i}`));
    result.segments.forEach((s, i) => {
      const e = expected.get(regions[i])!;
      const rows = direct.filter((o) => o.region === regions[i]);
      expect(s.customers).toBe(e.orders);
      expect(s.orders).toBe(e.orders);
      expect(s.revenue).toBeCloseTo(e.revenue, 6);
      expect(s.revenueShare).toBeCloseTo(e.revenue / total, 12);
      expect(s.aov).toBeCloseTo(e.revenue / e.orders, 9);
      expect(s.refundRate).toBeCloseTo(rows.filter((o) => o.refund > 0).length / rows.length, 12);
    });
    expect(expected.get('华东')!.orders).toBe(3353 + 2126 + 2061 + 1804 + 609 + 489 + 411);
    expect(result.overall.revenue).toBeCloseTo(1902487.15, 4);
    expect(result.orders?.amountColumn).toBe('买家实际支付金额');
    expect(result.orders?.refundRate).toBeCloseTo(5646 / 28010, 12);
    expect(result.personas[0].description['zh-CN']).toMatch(/^订单多来自华东（100%）/);
    expect(members.numRows).toBe(28010);
  });
});

describe('order templates', () => {
  it('value bands cover every order; region, province and status are offered', () => {
    const templates = orderTemplates(orders.table, 'CNY');
    expect(templates.map((t) => t.key)).toEqual(['order_value', 'region', 'province', 'payment_status']);
    const bands = templates[0];
    const spec = ordersSpecSchema.parse({ model: 'orders', rules: bands.rules });
    const { result } = orderRun(orders, spec);
    expect(result.segments.every((s) => s.key !== 'others')).toBe(true);
    expect(result.segments.reduce((n, s) => n + s.customers, 0)).toBe(28010);
    expect(templates[2].rules).toHaveLength(31);
  });
});

describe('ordersSpecSchema', () => {
  it('takes rules over order fields, refuses none', () => {
    expect(() => ordersSpecSchema.parse({ model: 'orders', rules: [] })).toThrow(/too_small/);
    expect(
      ordersSpecSchema.parse({
        model: 'orders',
        rules: [{ key: 'a', name: { en: 'A', 'zh-CN': 'A' }, when: { all: [] } }],
      }).frequency,
    ).toBe('orders');
  });
});
