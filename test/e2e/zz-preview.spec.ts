import { join } from 'node:path';
import type { BasketRule, TargetList } from '../../src/shared/products';
import { countedRules, retailBaskets } from '../helpers/retail-baskets';
import { sharedData, tempDir } from '../helpers/paths';
import { RFM_ELEVEN } from '../helpers/orders-rfm-run';
import { expect, test } from './harness';
import { chooseOption } from './choose-option';
import AxeBuilder from '@axe-core/playwright';
const axe = async (page: any, n: string) => { const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze(); console.log(n, JSON.stringify(r.violations.map((v) => [v.id, v.impact, v.nodes.slice(0, 2).map((x) => x.target.join(' ') + ' ' + x.failureSummary)]))); };

test('preview', async ({ app }) => {
  test.setTimeout(300_000);
  const { service, page } = app;
  const b = retailBaskets();
  const rules = countedRules(b.orders, 0.01, 0.3);
  const ref = (c: string) => ({ key: c, name: b.names.get(c) ?? c });
  const out: BasketRule[] = rules.map((r) => ({
    antecedent: r.antecedent.map(ref), consequent: r.consequent.map(ref), orders: r.orders, support: r.support,
    antecedentOrders: r.antecedentOrders, consequentOrders: 0, confidence: r.confidence, lift: r.lift,
  }));
  for (const [i, r] of out.entries()) {
    const n = rules[i].orders / rules[i].confidence / rules[i].lift; void n;
    r.consequentOrders = Math.round((r.confidence / r.lift) * b.orders.size);
  }
  const lists: TargetList[] = [];
  (service.shop.basket as any).rules = async () => ({ needs: null, by: 'product', orders: b.orders.size, items: 3600, frequentItems: 400, rules: out, truncated: false, found: out.length, excluded: { codes: [], lines: 1500, revenue: 0 } });
  (service.shop.lists as any).preview = async () => ({ customers: 42 });
  (service.shop.lists as any).create = async (runId: number, spec: any, name: string) => { const l = { id: lists.length + 1, runId, name, createdAt: new Date().toISOString(), spec, customers: 42 }; lists.push(l); return l; };
  (service.shop.lists as any).lists = () => lists;
  await service.createAt(join(tempDir(), 'P.segdesk'));
  const d = await service.importFile(sharedData('online_retail_uci.csv.gz'));
  service.setDatasetCurrency(d.id, 'GBP');
  await service.createRun(d.id, RFM_ELEVEN);
  const lang = process.env.PLANG ?? 'en';
  service.setLanguage(lang as any);
  await app.open();
  await page.getByTestId('nav-basket').click();
  await page.getByTestId('basket-find').click();
  await expect(page.getByTestId('basket-rules')).toBeVisible();
  await app.screenshot('pv-rules');
  await axe(page, 'page');
  await page.getByTestId('basket-chart').screenshot({ path: 'test-results/screens/pv-chart.png' });
  await page.getByTestId('rule-list').first().click();
  await chooseOption(page, page.getByTestId('list-segment'), lang === 'en' ? 'Champions' : '冠军');
  await expect(page.getByTestId('list-preview')).toContainText('42');
  await app.screenshot('pv-dialog');
  await axe(page, 'dialog');
  await page.getByTestId('list-keep').click();
  await expect(page.getByTestId('list-action')).toBeVisible();
  await page.getByTestId('run-lists').scrollIntoViewIfNeeded();
  await app.screenshot('pv-lists');
  await axe(page, 'lists');
  await page.getByTestId('list-csv').click();
  await expect(page.getByTestId('export-list')).toBeVisible();
  await app.screenshot('pv-export');
});
