import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revenueConcentration } from '../../../../../src/main/engine/report/revenue-concentration';
import type { RunResult } from '../../../../../src/shared/segments';
import { findingText } from '../../../../../src/shared/finding-text';
import type { Overview } from '../../../../../src/shared/overview';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { createTestService, type TestService } from '../../../../helpers/service';

/**
 * Each customer's spend in the UK Excel sample, computed here from the workbook as SheetJS reads
 * it (not through SegmentDesk's own XLSX reader or model): the rows the import keeps — a customer
 * id, quantity and price above 0, an invoice not starting with C — summed as quantity × price.
 */
function spendByCustomer(): Map<string, number> {
  const book = XLSX.read(readFileSync(sharedData('online_retail_sample40k.xlsx')));
  const rows = XLSX.utils.sheet_to_json<Record<string, string | number | undefined>>(book.Sheets.Sheet1);
  const spend = new Map<string, number>();
  for (const r of rows) {
    const [id, q, p] = [r.CustomerID, Number(r.Quantity), Number(r.UnitPrice)];
    if (id === undefined || id === '' || !(q > 0) || !(p > 0) || String(r.InvoiceNo).startsWith('C')) continue;
    spend.set(String(id), (spend.get(String(id)) ?? 0) + q * p);
  }
  return spend;
}

let t: TestService;
let result: RunResult;
let overview: Overview;
let html: { en: string; zh: string };
/** Customer id → segment key, as the run put them. */
const segmentOf = new Map<string, string>();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-findings-'), 'findings.segdesk'));
  const sample = await t.service.importFile(sharedData('online_retail_sample40k.xlsx'));
  t.service.setDatasetCurrency(sample.id, 'GBP');
  const made = await t.service.createRun(sample.id, RFM_ELEVEN);
  result = made.result;
  overview = await t.service.overview(sample.id);
  const members = t.service.runMembers(made.run.id);
  const ids = members.getChild('customerId')!;
  const segments = members.getChild('segment')!;
  for (let i = 0; i < members.numRows; i++)
    segmentOf.set(String(ids.get(i)), result.segments[Number(segments.get(i))].key);
  html = {
    en: await t.service.reportHtml(made.run.id, { lang: 'en', paper: 'a4' }),
    zh: await t.service.reportHtml(made.run.id, { lang: 'zh-CN', paper: 'a4' }),
  };
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** The executive summary's lead and findings as the reader sees them. */
function summaryOf(doc: string): { lead: string; findings: string[] } {
  const front = /<section class="front">([\s\S]*?)<\/section>/.exec(doc)![1];
  const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return {
    lead: decode(/<p class="lead">(.*?)<\/p>/.exec(front)![1]),
    findings: [...front.matchAll(/<ol class="findings">(.*?)<\/ol>/g)][0][1]
      .split('</li>')
      .filter(Boolean)
      .map((li) => decode(li.replace('<li>', ''))),
  };
}

const gbp = new Intl.NumberFormat('en', { style: 'currency', currency: 'GBP' });
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('the executive summary of an RFM run on the UK Excel sample', () => {
  it('states the totals, the top segment, the Overview’s findings (the revenue concentration among them) and the customers at risk, as computed from the workbook itself', () => {
    const spend = spendByCustomer();
    const values = [...spend.values()];
    const total = values.reduce((a, b) => a + b, 0);
    // The workbook's clean customers, and their revenue.
    expect(spend.size).toBe(3591);
    expect(result.customers).toBe(3591);
    const { lead, findings } = summaryOf(html.en);
    expect(lead).toBe(
      `3,591 customers bought for ${gbp.format(total)} from 2010-12-01 to 2011-12-09; they fall into 12 segments.`,
    );
    // The top segment, what sets it apart in its baskets, the Overview's first three findings, the customers at risk, what to do first.
    expect(findings).toHaveLength(7);

    // 1. The segment with the most revenue: its members' spend summed from the workbook.
    const worth = (keys: string[]) => {
      let sum = 0;
      let n = 0;
      for (const [id, v] of spend)
        if (keys.includes(segmentOf.get(id)!)) {
          sum += v;
          n++;
        }
      return { sum, n };
    };
    const bySegment = result.segments.map((s) => ({ s, ...worth([s.key]) })).sort((a, b) => b.sum - a.sum);
    const top = bySegment[0];
    expect(top.s.key).toBe('champions');
    expect(findings[0]).toBe(
      `Champions bring the most revenue: ${pct(top.n / 3591)} of your customers bring ${pct(top.sum / total)} of it (${gbp.format(top.sum)}).`,
    );

    // 2. What sets it apart in its baskets (the products' own tests count it from the raw rows).
    expect(findings[1]).toMatch(
      /^What sets Champions apart in their baskets: \d+\.\d% of them bought [^,]+, \d+(\.\d)?× as often as the average customer\.$/,
    );

    // 3–5. The Overview's first findings, in the words the app shows them in (one source).
    expect(findings.slice(2, 5)).toEqual(overview.findings.slice(0, 3).map((f) => findingText(f, 'en', 'GBP').title));
    // The concentration among them (or on the Overview's page): the top 20 % by spend, round(0.2 × 3,591) = 718 customers.
    const sorted = [...values].sort((a, b) => b - a);
    const top20 = sorted.slice(0, 718).reduce((a, b) => a + b, 0);
    expect(html.en).toContain(`Your top 20% of customers (718) bring ${Math.round((top20 / total) * 100)}% of revenue`);

    // 6. Customers at risk: Can't Lose Them and At Risk, what they have spent.
    const risk = worth(['cant_lose', 'at_risk']);
    expect(findings[5]).toBe(
      `${risk.n.toLocaleString('en')} customers (${pct(risk.n / 3591)}) who used to buy well are slipping away (Can't Lose Them, At Risk). They have brought ${gbp.format(risk.sum)}, ${pct(risk.sum / total)} of revenue: worth winning back.`,
    );

    // 7. What to do first: the playbook's first action for the segment at risk worth most, then for the top segment.
    const cantLoseFirst = worth(['cant_lose']).sum > worth(['at_risk']).sum;
    expect(findings[6]).toBe(
      !cantLoseFirst
        ? 'What to do first: for At Risk, win-back coupon; for Champions, reward them: VIP tier, early access, points multipliers.'
        : "What to do first: for Can't Lose Them, win them back personally: call or personal message; for Champions, reward them: VIP tier, early access, points multipliers.",
    );
  });

  it('in Chinese: the same figures in Chinese words', () => {
    const { lead, findings } = summaryOf(html.zh);
    expect(lead).toMatch(/^2010-12-01 至 2011-12-09，共 3,591 位客户购买了 £[\d,]+\.\d\d，分为 12 个分群。$/);
    expect(findings[0]).toMatch(/^冠军客户贡献的销售额最多：\d+\.\d% 的客户贡献了 \d+\.\d% 的销售额（£[\d,.]+）。$/);
    expect(findings[1]).toMatch(/^冠军客户的购物篮有何不同：\d+\.\d% 的客户买过[^，]+，是平均客户的 \d+(\.\d)?倍。$/);
    expect(findings.slice(2, 5)).toEqual(
      overview.findings.slice(0, 3).map((f) => findingText(f, 'zh-CN', 'GBP').title),
    );
    expect(findings[5]).toContain('正在流失（不能失去的客户、有流失风险）');
    expect(findings[6]).toMatch(/^优先行动——.+：.+；冠军客户：重点维护：VIP 等级、新品优先购、积分加倍。$/);
  });
});

describe('revenueConcentration', () => {
  it('is the share of revenue of the round(20 %) biggest spenders, at least one; customers without a spend are left out', () => {
    expect(revenueConcentration([10, 40, 20, 30, 0, Number.NaN, 100, 0, 0, 0])).toEqual({
      top: 0.2,
      customers: 2,
      share: 140 / 200,
    });
    expect(revenueConcentration([5, 3])).toEqual({ top: 0.2, customers: 1, share: 5 / 8 });
    expect(revenueConcentration([0, 0])).toBeNull();
    expect(revenueConcentration([])).toBeNull();
  });
});
