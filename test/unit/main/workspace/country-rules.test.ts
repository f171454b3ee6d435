import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterSpecSchema } from '../../../../src/shared/cluster';
import type { RuleFieldInfo } from '../../../../src/shared/segments';
import { COUNTRY_RULES, countrySegments, uciCountries } from '../../../helpers/online-retail';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let datasetId: number;
const direct = uciCountries();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir(), 'retail.segdesk'));
  datasetId = (await t.service.importFile(sharedData('online_retail_uci.csv.gz'))).id;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('Online Retail by Country, a column of the order file that holds one value per customer', () => {
  it('the direct count: 397,884 clean rows, 4,338 customers, 8 with two countries', () => {
    expect(direct.rows).toBe(397884);
    expect(direct.country.size).toBe(4338);
    expect(direct.several).toBe(8);
  });

  it('offers Country as a customer field, taken from the first order, with its customers per value', async () => {
    const { customers, fields } = (await t.service.ruleFields(datasetId)) as {
      customers: number;
      fields: RuleFieldInfo[];
    };
    expect(customers).toBe(4338);
    const country = fields.find((f) => f.name === 'Country')!;
    expect(country.firstOrder).toEqual({ several: 8 });
    const uk = [...direct.country.values()].filter((c) => c === 'United Kingdom').length;
    const eire = [...direct.country.values()].filter((c) => c === 'EIRE').length;
    expect(country.values.find((v) => v.value === 'United Kingdom')?.customers).toBe(uk);
    expect(country.values.find((v) => v.value === 'EIRE')?.customers).toBe(eire);
    expect(country.values.reduce((n, v) => n + v.customers, 0)).toBe(4338);
    // Free text (Description) and the order's own columns are not customer fields.
    expect(fields.map((f) => f.name)).not.toContain('Description');
    expect(fields.filter((f) => f.firstOrder).map((f) => f.name)).toEqual(['Country']);
  });

  it('a rule run by Country: the UK, the EU member states, everything else, as counted directly', async () => {
    const [uk, eu, rest] = countrySegments(direct.country);
    expect([uk, eu, rest]).toEqual([3920, 336, 82]);
    const run = await t.service.createRun(datasetId, { model: 'rules', rules: COUNTRY_RULES, frequency: 'orders' });
    const { segments, personas } = run.result;
    expect(segments.map((s) => [s.key, s.customers])).toEqual([
      ['uk', uk],
      ['eu', eu],
      ['others', rest],
    ]);
    // Personas show the country's share in the segment.
    const share = (segment: number, value: string) =>
      personas[segment].categories.find((c) => c.field === 'Country' && c.value === value)?.share;
    expect(share(0, 'United Kingdom')).toBe(1);
    const germany = [...direct.country.values()].filter((c) => c === 'Germany').length;
    expect(share(1, 'Germany')).toBeCloseTo(germany / eu, 12);
    // And the report's persona section lists them, rounded for people.
    const html = await t.service.reportHtml(run.run.id, { lang: 'en', paper: 'a4' });
    expect(html).toContain('United Kingdom: 100.0%');
    expect(html).toContain(`Germany: ${((100 * germany) / eu).toFixed(1)}%`);
  });

  it('clusters by Country one-hot encoded (k-means, k = 2): the UK customers and the rest', async () => {
    const [uk, eu, rest] = countrySegments(direct.country);
    const spec = clusterSpecSchema.parse({ model: 'kmeans', k: 2, categories: ['Country'], oneHot: true });
    const run = await t.service.createRun(datasetId, spec);
    const sizes = run.result.segments.filter((s) => s.key !== 'others').map((s) => s.customers);
    expect(sizes.sort((a, b) => b - a)).toEqual([uk, eu + rest]);
  });
});
