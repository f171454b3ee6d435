import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';
import { countBy, tmallOrders } from '../../../helpers/tmall-direct';

/** Rows of an exported CSV (UTF-8 with BOM, no quoted cells in these files) by header. */
function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

describe('segmentdesk analyze on orders without a customer id (the GBK Tmall report)', () => {
  const direct = tmallOrders();

  it('zh-CN: says in one line why there are no customer segments, makes value bands and regions', () => {
    const out = join(tempDir(), 'zh');
    const r = cli('analyze', sharedData('tmall_order_report_gbk.csv'), '--out', out, '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe(
      '未做客户分群：这些订单没有客户ID，无法追踪客户，已改为订单分群（导入带买家ID——买家会员名 / 客户ID——的导出文件即可做 RFM）。',
    );
    expect(lines[2]).toBe('收入按实付金额（买家实际支付金额）计算。');
    expect(r.stdout).not.toContain('E_MISSING_ROLE');
    // Regions: each region's orders in the order list equal a direct count of the file.
    const regions = countBy(direct, (o) => o.region);
    const listed = countBy(
      csvRows(join(out, 'orders-region.csv')).map((row) => ({ ...direct[0], province: row.订单分群 })),
      (o) => o.province,
    );
    expect(listed.size).toBe(7);
    for (const [region, { orders }] of regions) expect([region, listed.get(region)?.orders]).toEqual([region, orders]);
    expect(regions.get('华东')?.orders).toBe(10853);
    // Value bands: each band's orders are the orders whose paid amount lies in it, counted directly.
    const bands = csvRows(join(out, 'summary-value.csv'));
    const edges = bands
      .slice(0, -1)
      .map((b) => [...b.订单分群.matchAll(/¥([\d,.]+)/g)].map((m) => Number(m[1].replace(/,/g, ''))));
    expect(bands.at(-1)?.订单分群).toBe('全部订单');
    bands.slice(0, -1).forEach((band, i) => {
      const name = band.订单分群;
      const lo = name.includes('低于') ? -Infinity : edges[i][0];
      const hi = name.includes('及以上') ? Infinity : edges[i].at(-1)!;
      const inBand = direct.filter((o) => o.paid >= lo && o.paid < hi);
      expect([name, Number(band.订单数)]).toEqual([name, inBand.length]);
      expect(Number(band['销售额（CNY）'])).toBeCloseTo(
        inBand.reduce((s, o) => s + o.paid, 0),
        2,
      );
    });
    expect(bands.length - 1).toBe(4);
    expect(r.stdout).toContain(`wrote ${join(out, 'report-value.html')}`);
    const report = readFileSync(join(out, 'report-region.html'), 'utf8');
    expect(report).toContain('华东');
  }, 120_000);

  it('en --json: the reason in English, the runs with their files and the amount column', () => {
    const out = join(tempDir(), 'en');
    const r = cliAnalyzeEn(sharedData('tmall_order_report_gbk.csv'), out, '--json');
    expect(r.code).toBe(0);
    const done = JSON.parse(r.stdout);
    expect(done.reason).toMatch(/^No customer segments: these orders have no customer id/);
    expect(done.runs.map((x: { key: string }) => x.key)).toEqual(['order_value', 'region']);
    expect(done.runs[1].amountColumn).toBe('买家实际支付金额');
    expect(done.runs[1].orders).toBe(28010);
    const west = done.runs[1].segments.find((s: { key: string; name: string }) => s.name === '西北');
    expect(west.orders).toBe(536 + 167 + 58 + 42 + 19);
    expect(done.runs[0].files.map((f: string) => f.split(/[\\/]/).pop()).slice(0, 3)).toEqual([
      'orders-value.csv',
      'summary-value.csv',
      'report-value.html',
    ]);
  }, 120_000);
});
