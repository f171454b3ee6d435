import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

/** The currency a dataset gets comes from its data (signs, then a country column), the app's language only when the file says nothing. */
describe('the currency of an import', () => {
  const services: TestService[] = [];
  async function serviceIn(systemLocale: string) {
    const t = createTestService({ systemLocale });
    services.push(t);
    await t.service.createAt(join(tempDir(), 'w.segdesk'));
    return t.service;
  }
  afterAll(() => Promise.all(services.map((t) => t.service.dispose())));

  it.for(['en-GB', 'zh-CN'])(
    'the UK Excel file is in pounds in the %s UI, from its Country column, and says so',
    { timeout: 60_000 },
    async (locale) => {
      const service = await serviceIn(locale);
      const file = sharedData('online_retail_sample40k.xlsx');
      const country = { reason: 'country', column: 'Country', value: 'United Kingdom' };
      const inspected = await service.inspectImport(service.registerFile(file).token, {});
      expect([inspected.currency, inspected.currencyWhy]).toEqual(['GBP', country]);
      const dataset = await service.importFile(file);
      expect([dataset.currency, dataset.source.currencyDecision]).toEqual(['GBP', country]);
    },
  );

  it('a Chinese shop’s export is in yuan in the English UI, from the provinces of its shipping address', async () => {
    const service = await serviceIn('en-US');
    const dataset = await service.importFile(sharedData('tmall_order_report_gbk.csv'));
    expect([dataset.currency, dataset.source.currencyDecision]).toEqual([
      'CNY',
      { reason: 'country', column: '收货地址', value: '上海' },
    ]);
  });

  it('a file with no sign and no country takes the language’s currency; the user’s choice is recorded as theirs', async () => {
    const service = await serviceIn('zh-CN');
    const file = sharedData('Mall_Customers.csv');
    const locale = await service.importFile(file);
    expect([locale.currency, locale.source.currencyDecision]).toEqual([
      'CNY',
      { reason: 'locale', column: null, value: null },
    ]);
    const chosen = await service.importFile(file, { currency: 'EUR' });
    expect([chosen.currency, chosen.source.currencyDecision]).toEqual([
      'EUR',
      { reason: 'chosen', column: null, value: null },
    ]);
    const corrected = service.setDatasetCurrency(locale.id, 'HKD');
    expect([corrected.currency, corrected.source.currencyDecision]).toEqual([
      'HKD',
      { reason: 'chosen', column: null, value: null },
    ]);
  });
});
