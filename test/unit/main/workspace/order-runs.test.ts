import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersExportSchema, summaryExportSchema } from '../../../../src/shared/exports';
import { ordersSpecSchema } from '../../../../src/shared/segments';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { countBy, tmallOrders } from '../../../helpers/tmall-direct';

/** Order segments of the Tmall report (no customer id), made, stored, listed and exported like other runs. */
describe('order segments through the service', () => {
  let t: TestService;
  let datasetId: number;
  const direct = tmallOrders();
  beforeAll(async () => {
    t = createTestService({ systemLocale: 'zh-CN' });
    await t.service.createAt(join(tempDir(), 'w.segdesk'));
    datasetId = (await t.service.importFile(sharedData('tmall_order_report_gbk.csv'))).id;
  }, 60_000);
  afterAll(() => t.service.dispose());

  it('the rule builder offers order fields and the order templates, counted in orders', async () => {
    const offer = await t.service.ruleFields(datasetId);
    expect(offer.customers).toBe(28010);
    expect(offer.fields.map((f) => f.name).slice(0, 8)).toEqual([
      'orderValue',
      'province',
      'region',
      'paymentDelay',
      'paymentStatus',
      'refunded',
      'weekday',
      'hour',
    ]);
    expect(offer.templates.map((x) => x.key)).toEqual(['order_value', 'region', 'province', 'payment_status']);
    const region = offer.fields.find((f) => f.name === 'region')!;
    expect(region.values.find((v) => v.value === '西北')?.customers).toBe(536 + 167 + 58 + 42 + 19);
  });

  it('a run by province: stored, listed, its figures a direct count; the order list exported', async () => {
    const { templates } = await t.service.ruleFields(datasetId);
    const spec = ordersSpecSchema.parse({ model: 'orders', rules: templates.find((x) => x.key === 'province')!.rules });
    const { run, result } = await t.service.createRun(datasetId, spec, {});
    expect(run.model).toBe('orders');
    expect(run.customerCount).toBe(28010);
    const expected = countBy(direct, (o) => o.province);
    for (const s of result.segments) {
      const e = expected.get(s.name['zh-CN'])!;
      expect([s.name['zh-CN'], s.orders]).toEqual([s.name['zh-CN'], e.orders]);
      expect(s.revenue).toBeCloseTo(e.revenue, 6);
    }
    expect(t.service.runDetails(run.id).result.orders?.amountColumn).toBe('买家实际支付金额');
    const file = join(tempDir(), 'orders.csv');
    const written = await t.service.exportMembersTo(
      run.id,
      membersExportSchema.parse({ format: 'csv', lang: 'zh-CN' }),
      file,
    );
    expect(written.rows).toBe(28010);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    const header = lines[0].split(',');
    expect(header.slice(0, 2)).toEqual(['订单编号', '订单分群']);
    expect(header).toContain('省份');
    expect(header).toContain('收货地址');
    const shanghai = lines.filter((l) => l.split(',')[1] === '上海');
    expect(shanghai).toHaveLength(3353);
    const html = await t.service.reportHtml(run.id, { lang: 'zh-CN', paper: 'a4' });
    expect(html).toContain('上海');
    expect(html).toContain('内蒙古');
    // The report says it of orders: its title, the overview, the table's heads.
    expect(html).toContain('订单分群报告');
    expect(html).toContain('共 28,010 个订单，分为 31 个分群；销售额 ¥1,902,487.15。');
    expect(html).toContain('<th class="num">退款率</th>');
    expect(html).not.toContain('最近购买天数中位数');
    // The summary: orders, revenue and refund rate per province, as counted.
    const summaryFile = join(tempDir(), 'summary.csv');
    await t.service.exportSummaryTo(run.id, summaryExportSchema.parse({ format: 'csv', lang: 'zh-CN' }), summaryFile);
    const summary = readFileSync(summaryFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(summary[0]).toBe(
      '订单分群,订单数,订单占比（%）,销售额（CNY）,销售额占比（%）,平均订单金额（CNY）,订单金额中位数（CNY）,退款率（%）,备注',
    );
    const inner = direct.filter((o) => o.province === '内蒙古');
    const row = summary.find((l) => l.startsWith('内蒙古,'))!.split(',');
    expect(row.slice(0, 2)).toEqual(['内蒙古', String(inner.length)]);
    expect(Number(row[3])).toBeCloseTo(
      inner.reduce((s, o) => s + o.paid, 0),
      2,
    );
    expect(Number(row[7])).toBeCloseTo((inner.filter((o) => o.refund > 0).length / inner.length) * 100, 1);
  }, 60_000);

  it('order segments are refused for a dataset with customer ids, naming its id column', async () => {
    const withIds = await t.service.importFile(sharedData('rfm_data_orders.csv'));
    const spec = ordersSpecSchema.parse({
      model: 'orders',
      rules: [{ key: 'a', name: { en: 'A', 'zh-CN': 'A' }, when: { all: [] } }],
    });
    await expect(t.service.createRun(withIds.id, spec, {})).rejects.toMatchObject({
      code: 'E_BAD_SPEC',
      message: expect.stringContaining('this dataset has one (customer_id)'),
    });
  }, 60_000);
});
