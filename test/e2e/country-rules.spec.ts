import { countrySegments, EU_COUNTRIES, uciCountries } from '../helpers/online-retail';
import { chooseAll } from './choose-option';
import { expect, test, workspaceWith } from './harness';

test('a rule run by Country, a column of the Online Retail order file: the UK, the EU, everything else; personas give the country’s share', async ({
  app,
}) => {
  const { page } = app;
  // The direct count: clean rows, each customer's country from the customer's first row.
  const direct = uciCountries();
  const [uk, eu, rest] = countrySegments(direct.country);
  const count = (n: number) => `${n.toLocaleString('en-US')} customers`;
  await workspaceWith(app, 'Retail by country', [['online_retail_uci.csv.gz', '397,884']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Own rules').click();
  await expect(page.getByTestId('rule-builder')).toBeVisible();
  // The builder starts from the data's first template: cleared, to build from the Country field.
  const segments = page.getByTestId('rule-segment');
  for (let n = await segments.count(); n > 0; n--) {
    await segments.first().getByTestId('rule-remove').click();
    await expect(segments).toHaveCount(n - 1);
  }

  await page.getByTestId('rule-add-segment').click();
  const first = page.getByTestId('rule-segment').first();
  await first.getByTestId('rule-name').fill('United Kingdom');
  await chooseAll(page, first.getByTestId('rule-field'), 'Country');
  await expect(first.getByTestId('first-order-note')).toHaveText(
    `Country: taken from each customer’s first order; ${direct.several} customers have more than one.`,
  );
  await chooseAll(page, first.getByTestId('rule-values'), 'United Kingdom');
  await page.getByTestId('rule-add-segment').click();
  const second = page.getByTestId('rule-segment').nth(1);
  await second.getByTestId('rule-name').fill('EU member states');
  await chooseAll(page, second.getByTestId('rule-field'), 'Country');
  await chooseAll(page, second.getByTestId('rule-values'), ...EU_COUNTRIES);

  await expect(first.getByTestId('rule-count')).toHaveText(count(uk));
  await expect(second.getByTestId('rule-count')).toHaveText(count(eu));
  await expect(page.getByTestId('rule-others')).toContainText(`Others: ${count(rest)}`);
  await app.screenshot('rules-country-en', { docs: true });
  await page.getByTestId('run-create').click();

  const summary = page.getByTestId('segment-summary');
  await expect(page.getByTestId('run-facts')).toContainText('4,338 customers in 3 segments');
  await expect(summary.locator('tr', { hasText: 'United Kingdom' })).toContainText(uk.toLocaleString('en-US'));
  await expect(summary.locator('tr', { hasText: 'EU member states' })).toContainText(String(eu));
  // The personas: every UK customer is in the UK; Germany's share of the EU customers.
  const germany = [...direct.country.values()].filter((c) => c === 'Germany').length;
  await expect(page.getByTestId('persona-card').filter({ hasText: 'EU member states' })).toContainText(
    `Germany: ${((100 * germany) / eu).toFixed(1)}%`,
  );
  await expect(
    page.getByTestId('persona-card').filter({ hasText: 'United Kingdom' }).getByTestId('persona-trait'),
  ).toContainText(['United Kingdom: 100.0%']);
  await app.screenshot('rules-country-run-en');

  // The cluster builder offers Country as a categorical field, with the same note.
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Clusters').click();
  await chooseAll(page, page.getByTestId('cluster-categories'), 'Country');
  await expect(page.getByTestId('cluster-builder').getByTestId('first-order-note')).toHaveText(
    `Country: taken from each customer’s first order; ${direct.several} customers have more than one.`,
  );
  await app.screenshot('cluster-country-en');
});
