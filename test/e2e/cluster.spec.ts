import { join } from 'node:path';
import { expect, test } from './harness';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { newMallClustering, pick } from './new-mall-clustering';

test('k-means on Mall customers from the UI: k chosen by silhouette, the 2-D view, centres, rules saved as a rule segmentation', async ({
  app,
}) => {
  const { page } = app;
  await newMallClustering(app, ['Annual Income', 'Spending Score', 'Age']);
  await page.getByTestId('choose-k').click();
  // With age as well, scikit-learn's silhouettes (k-means++, 10 starts) peak at k = 6, 0.427: so do ours.
  await expect(page.getByTestId('k-recommendation')).toContainText(
    'k = 6 is recommended: its customers sit best in their own cluster (highest mean silhouette, 0.427)',
  );
  await expect(page.getByTestId('choose-k-chart').locator('.echarts-for-react svg')).toBeVisible();
  // Back to income and spending only: k = 5.
  await page
    .getByTestId('cluster-numeric')
    .locator('.ant-select-selection-item', { hasText: 'Age' })
    .locator('.ant-select-selection-item-remove')
    .click();
  await page.getByTestId('choose-k').click();
  await expect(page.getByTestId('k-recommendation')).toContainText('k = 5 is recommended');
  await app.screenshot('cluster-choose-k-en', { docs: true });
  await page.getByTestId('use-k').click();
  await expect(page.getByTestId('cluster-k')).toHaveValue('5');
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('cluster-facts')).toContainText('k-means, k = 5, seed 42: 200 customers clustered.');
  await expect(page.getByTestId('cluster-quality')).toContainText('Silhouette 0.555');
  await expect(page.getByTestId('cluster-scatter').locator('.echarts-for-react svg')).toBeVisible();
  await expect(page.getByTestId('cluster-rules-agreement')).toContainText('98.0%');
  await expect(page.getByTestId('persona-card')).toHaveCount(5);
  await app.screenshot('cluster-kmeans-en', { docs: true });
  await page.getByTestId('save-cluster-rules').click();
  await expect(page.getByTestId('run-facts')).toContainText('200 customers in');
  // The page may show the new run's facts a moment before the workspace has it listed: wait on the workspace.
  await expect.poll(() => app.service.current()!.runs.map((r) => r.model)).toEqual(['kmeans', 'rules']);
});

test('k-prototypes on marketing_campaign (numbers and categories) from the UI: personas of the clusters, in English and Chinese', async ({
  app,
}) => {
  const { page } = app;
  await app.service.createAt(join(tempDir(), 'Campaign.segdesk'));
  await app.service.importFile(sharedData('marketing_campaign.csv'), {
    kind: 'customers',
    roles: { customerId: 'ID', birthYear: 'Year_Birth' },
  });
  await app.open();
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Clusters').click();
  await page.getByTestId('cluster-model').getByText('k-prototypes').click();
  await pick(app, 'cluster-numeric', ['Income', 'age', 'MntWines']);
  await pick(app, 'cluster-categories', ['Education', 'Marital_Status']);
  await page.getByTestId('cluster-builder').getByText('Leave them out').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('cluster-facts')).toContainText(
    'k-prototypes, k = 4, seed 42: 2,216 customers clustered; 24 left out for missing values.',
  );
  await expect(page.getByTestId('persona-card')).toHaveCount(5);
  await expect(page.getByTestId('cluster-centroids')).toContainText('Graduation');
  await app.screenshot('cluster-kprototypes-en', { docs: true });
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('cluster-facts')).toContainText(
    'k-prototypes，k = 4，随机种子 42：2,216 位客户参与聚类；24 位因缺失值未参与。',
  );
  await app.screenshot('cluster-kprototypes-zh-CN', { docs: true });
});
