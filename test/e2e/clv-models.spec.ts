import { readFileSync } from 'node:fs';
import type { ClvResult, PurchaseModelKind } from '../../src/shared/clv';
import { sharedData } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { englishWords } from './english-words';
import { type AppHarness, expect, pickDay, test, workspaceWith } from './harness';

const CALIBRATION = '1997-09-30';
const HOLDOUT = '1998-06-30';
// CDNOW master's orders run from 1997-01-01 to 1998-06-30: 546 days, the first two thirds (364 days) end on 1997-12-30.
const PROPOSED = { calibrationEnd: '1997-12-30', holdoutEnd: '1998-06-30' };
/** The models' names, the Latin words a Chinese page may show for them. */
const MODEL_WORDS = new Set(['pareto', 'nbd', 'bg', 'mbg', 'gamma-gamma']);
const NAMES: Record<PurchaseModelKind, string> = { pareto: 'Pareto/NBD', bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD' };

/** CDNOW master's rows: customer id, day (YYYYMMDD), CDs, dollars. */
const cdnowRows = () =>
  readFileSync(sharedData('CDNOW_master.txt'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((r) => r.length === 4);

/** Purchase days (a customer's purchases on one day count once) in the holdout, counted from the file itself. */
function holdoutPurchases(): number {
  const rows = cdnowRows();
  const first = new Map<string, string>();
  for (const [id, day] of rows) if (!first.has(id) || day < first.get(id)!) first.set(id, day);
  const days = new Set(
    rows
      .filter(([id, day]) => day > '19970930' && day <= '19980630' && first.get(id)! <= '19970930')
      .map(([id, day]) => `${id} ${day}`),
  );
  return days.size;
}

/** The latest run's stored CLV result. */
function latestClv(app: AppHarness): { runId: number; clv: ClvResult } {
  const run = app.service.current()!.runs.at(-1)!;
  return { runId: run.id, clv: app.service.runDetails(run.id).result.clv! };
}

/** Opens the new-run dialog on CDNOW master with lifetime value chosen (its name as the UI language writes it). */
async function newClvRun(app: AppHarness, scheme = 'Lifetime value (CLV)') {
  const { page } = app;
  await page.getByTestId('new-run').click();
  await chooseOption(page, page.getByTestId('run-dataset'), 'CDNOW_master', { exact: true });
  await page.getByTestId('run-scheme').getByText(scheme).click();
  await expect(page.getByTestId('clv-builder')).toBeVisible();
}

/** The form: the purchase models with their sentences, the holdout proposal filling both days, the churn settings' defaults. */
async function checkForm(app: AppHarness) {
  const { page } = app;
  const choice = page.getByTestId('clv-purchase-model');
  // Each model with its one sentence, automatic chosen.
  await expect(choice.getByRole('radio', { name: /^Automatic/ })).toBeChecked();
  await expect(choice).toContainText('Automatic — the best at predicting the holdout; Pareto/NBD without one');
  await expect(choice).toContainText(
    'BG/NBD — customers can only leave right after a purchase — one-time buyers never look lost',
  );
  await expect(choice.locator('.ant-radio-wrapper')).toHaveText([
    /^Automatic/,
    /^Pareto\/NBD/,
    /^BG\/NBD/,
    /^MBG\/NBD/,
  ]);
  const proposal = page.getByTestId('clv-holdout-proposal');
  await expect(proposal).toContainText(
    `the models learn from purchases up to ${PROPOSED.calibrationEnd} and are checked against what customers did up to ${PROPOSED.holdoutEnd}.`,
  );
  await expect(proposal).toContainText(
    'learn from the first two thirds and are scored on how well they predict the last third',
  );
  await proposal.scrollIntoViewIfNeeded();
  await app.screenshot('clv-form-proposal-en');
  await page.getByTestId('clv-propose-holdout').click();
  await expect(page.getByTestId('clv-calibration-end')).toHaveValue(PROPOSED.calibrationEnd);
  await expect(page.getByTestId('clv-holdout-end')).toHaveValue(PROPOSED.holdoutEnd);
  await expect(proposal).toHaveCount(0);
  await page.getByTestId('clv-advanced').getByText('Advanced: the churn-risk list').click();
  await expect(page.getByTestId('clv-churn-alive')).toHaveValue('50');
  await expect(page.getByTestId('clv-churn-top')).toHaveValue('20');
  await app.screenshot('clv-form-en');
}

/** The comparison as the stored result has it: three models, their MAE rounded, the chosen one marked. */
async function checkComparison(app: AppHarness, clv: ClvResult, locale: string, chosen: string, best: string) {
  const block = app.page.getByTestId('clv-models');
  await expect(block.locator('tbody tr.ant-table-row')).toHaveCount(3);
  const fixed = (v: number, d: number) =>
    v.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  for (const fit of clv.models) {
    const row = block.getByTestId(`clv-model-${fit.kind}`);
    await expect(row).toContainText(NAMES[fit.kind]);
    await expect(row).toContainText(fixed(fit.holdout!.mae, 4));
    await expect(row).toContainText(fixed(fit.logLikelihood, 2));
    await expect(row).toContainText(fixed(fit.holdout!.expected, 1));
    await expect(row).toContainText(fit.holdout!.actual.toLocaleString(locale));
  }
  await expect(block.getByTestId('clv-model-chosen')).toHaveCount(1);
  await expect(block.getByTestId(`clv-model-${clv.purchaseModel.kind}`).getByTestId('clv-model-chosen')).toHaveText(
    chosen,
  );
  await expect(block.getByTestId('clv-use-model')).toHaveCount(2);
  // The smallest error per customer, found here: marked "chosen" when automatic chose, else named beside its button.
  const smallest = clv.models.reduce((a, b) => (b.holdout!.mae < a.holdout!.mae ? b : a)).kind;
  if (clv.purchaseModel.chosenBy === 'holdout') {
    expect(clv.purchaseModel.kind).toBe(smallest);
    await expect(block.getByTestId('clv-model-best')).toHaveCount(0);
  } else await expect(block.getByTestId(`clv-model-${smallest}`).getByTestId('clv-model-best')).toHaveText(best);
  await expect(block.getByTestId('clv-models-by-frequency').locator('.echarts-for-react svg')).toBeVisible();
}

test('the purchase models side by side on CDNOW master (calibration to 1997-09-30, holdout to 1998-06-30), in English and Chinese; "Use this model" runs BG/NBD', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  await workspaceWith(app, 'clv-models', [['CDNOW_master.txt', '69,659']]);
  await page.getByTestId('nav-segments').click();
  await newClvRun(app);
  await checkForm(app);
  await pickDay(app, 'clv-calibration-end', CALIBRATION);
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('clv-models')).toContainText('Model comparison', { timeout: 60_000 });

  const { clv } = latestClv(app);
  expect(clv.holdoutEnd).toBe(HOLDOUT);
  expect(clv.churn).toMatchObject({ alive: 0.5, top: 0.2 });
  expect(clv.models.map((m) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
  // The figures measured on CDNOW master; Pareto/NBD predicts the holdout best, so automatic picks it.
  expect(clv.models.map((m) => m.holdout!.mae.toFixed(4))).toEqual(['0.7938', '0.8187', '0.7945']);
  expect(clv.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'holdout' });
  const made = holdoutPurchases();
  expect(made).toBe(19_684);
  for (const fit of clv.models) expect(fit.holdout!.actual).toBe(made);
  await checkComparison(app, clv, 'en-US', 'Chosen: best at predicting the holdout', '');
  await expect(page.getByTestId('clv-models')).toContainText(
    'Three purchase models learned from the calibration period and were scored on the holdout to 1998-06-30',
  );
  // The chosen model's parameters by its own names, plain words first.
  const { r, alpha, s, beta } = clv.models[0].params;
  const percent = new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  await expect(page.getByTestId('clv-params')).toContainText('Purchases (Pareto/NBD)');
  await expect(page.getByTestId('clv-params-plain')).toHaveText(
    `A typical customer buys about once every ${(alpha / r).toFixed(1)} weeks while still a customer. Customers can leave at any time: about ${percent.format((beta / (beta + 365 / 7)) ** s)} are still customers a year after their first purchase.`,
  );
  await expect(page.getByTestId('clv-params-numbers')).toContainText(
    `r ${r.toFixed(4)}, α ${alpha.toFixed(4)}, s ${s.toFixed(4)}, β ${beta.toFixed(4)}`,
  );
  // The chart's data table: per calibration frequency, the holdout purchases made and each model's expected.
  const chart = page.getByTestId('clv-models-by-frequency');
  await chart.getByTestId('chart-table-toggle').click();
  await expect(chart.getByTestId('chart-table').locator('th')).toContainText([
    'Made',
    'Pareto/NBD',
    'BG/NBD',
    'MBG/NBD',
  ]);
  const once = chart.getByTestId('chart-table').locator('tbody tr').nth(1);
  await expect(once.locator('th, td')).toHaveText([
    '1',
    clv.models[0].byFrequency[1].actual.toFixed(2),
    ...clv.models.map((m) => m.byFrequency[1].expected.toFixed(2)),
  ]);
  await chart.getByTestId('chart-table-toggle').click();
  await page.getByTestId('clv-params').scrollIntoViewIfNeeded();
  await app.screenshot('clv-params-en');
  await checkSegmentValues(app, clv);
  await page.getByTestId('clv-models').scrollIntoViewIfNeeded();
  await app.screenshot('clv-models', { docs: true });

  await page.getByTestId('clv-model-bgnbd').getByTestId('clv-use-model').click();
  await expect.poll(() => app.service.current()!.runs.length, { timeout: 60_000 }).toBe(2);
  await expect(page.getByTestId('clv-model-bgnbd').getByTestId('clv-model-chosen')).toHaveText('Chosen: your choice', {
    timeout: 60_000,
  });
  const mine = latestClv(app).clv;
  expect(mine.purchaseModel).toEqual({ kind: 'bgnbd', chosenBy: 'user' });
  expect([mine.calibrationEnd, mine.holdoutEnd]).toEqual([CALIBRATION, HOLDOUT]);
  await checkComparison(app, mine, 'en-US', 'Chosen: your choice', 'best at predicting the holdout');
  await expect(page.getByTestId('clv-params')).toContainText('Purchases (BG/NBD)');
  const { a, b } = mine.models[1].params;
  await expect(page.getByTestId('clv-params-plain')).toContainText(
    `After each repeat purchase about ${percent.format(a / (a + b))} of customers leave.`,
  );

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('clv-models')).toContainText('模型比较');
  await checkComparison(app, mine, 'zh-CN', '已选：您的选择', '验证期预测最准');
  await expect(page.getByTestId('clv-models')).toContainText(
    '三个购买模型从校准期中学习，并以截至 1998-06-30 的验证期评分',
  );
  await expect(page.getByTestId('clv-params')).toContainText('购买（BG/NBD）');
  expect(englishWords(await page.getByTestId('clv-models').innerText(), MODEL_WORDS)).toEqual([]);
  // Plain words with no Latin at all; under them the parameters by their letters and the methods by their names.
  expect(englishWords(await page.getByTestId('clv-params-plain').innerText())).toEqual([]);
  const letters = new Set([...MODEL_WORDS, 'a', 'b', 'q', 's']);
  expect(englishWords(await page.getByTestId('clv-params').innerText(), letters)).toEqual([]);
  await page.getByTestId('clv-models').scrollIntoViewIfNeeded();
  await app.screenshot('clv-models-zh-CN', { docs: true });
  await page.getByTestId('clv-params').scrollIntoViewIfNeeded();
  await app.screenshot('clv-params-zh-CN');
  const summary = page.getByTestId('segment-summary');
  await expect(summary.locator('thead th')).toContainText([
    '过往收入（截至 1997-09-30）',
    '预测价值（12 个月）',
    '每位客户的预测价值',
  ]);
  await summary.scrollIntoViewIfNeeded();
  await app.screenshot('clv-segment-values-zh-CN');
});

/** Per segment, the predicted value (sum and mean) beside past revenue, as stored; the total row sums them. */
async function checkSegmentValues(app: AppHarness, clv: ClvResult) {
  const summary = app.page.getByTestId('segment-summary');
  await expect(summary.locator('thead th')).toContainText([
    'Past revenue (to 1997-09-30)',
    'Predicted value (12 months)',
    'Predicted value per customer',
  ]);
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const total = clv.segmentValues.reduce((s, v) => s + v.clv, 0);
  expect(total).toBeCloseTo(clv.totals.clv, 6);
  expect(clv.segmentValues.reduce((s, v) => s + v.customers, 0)).toBe(23_570);
  await expect(summary.locator('tr', { hasText: 'All customers' })).toContainText(money.format(total));
  // Past revenue: every order's amount up to the calibration end, summed from the file here.
  const past = cdnowRows()
    .filter((r) => r[1] <= '19970930')
    .reduce((sum, r) => sum + Number(r[3]), 0);
  expect(money.format(past)).toBe('$1,723,354.50');
  expect(clv.segmentValues.reduce((s, v) => s + v.pastRevenue, 0)).toBeCloseTo(past, 4);
  await expect(summary.locator('tr', { hasText: 'All customers' })).toContainText(money.format(past));
  const rows = summary.locator('tbody tr.ant-table-row');
  for (const [i, v] of clv.segmentValues.entries()) {
    await expect(rows.nth(i)).toContainText(money.format(v.clv));
    await expect(rows.nth(i)).toContainText(money.format(v.meanClv));
    await expect(rows.nth(i)).toContainText(money.format(v.pastRevenue));
  }
  await summary.scrollIntoViewIfNeeded();
  await app.screenshot('clv-segment-values-en');
}

test('without a holdout the default model is used, the last third is proposed, and its button makes that run', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  await workspaceWith(app, 'clv-proposal', [['CDNOW_master.txt', '69,659']]);
  await page.getByTestId('nav-segments').click();
  // The form in Chinese: the proposal and what a holdout is for.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await newClvRun(app, '客户终身价值（CLV）');
  const proposal = page.getByTestId('clv-holdout-proposal');
  await expect(proposal).toContainText(
    `模型学习截至 ${PROPOSED.calibrationEnd} 的购买记录，并与客户截至 ${PROPOSED.holdoutEnd} 的实际购买进行比较。`,
  );
  await expect(proposal).toContainText('模型从前三分之二的数据中学习，再按其对最后三分之一的预测准确程度评分。');
  expect(englishWords(await page.getByTestId('clv-builder').innerText(), MODEL_WORDS)).toEqual([]);
  await page.getByTestId('clv-advanced').getByText('高级：流失风险名单').click();
  await expect(page.getByTestId('clv-advanced')).toContainText('仍活跃的可能性低于此值即有风险');
  await expect(page.getByTestId('clv-churn-alive')).toHaveValue('50');
  await expect(page.getByTestId('clv-churn-top')).toHaveValue('20');
  expect(englishWords(await page.getByTestId('clv-builder').innerText(), MODEL_WORDS)).toEqual([]);
  await proposal.scrollIntoViewIfNeeded();
  await app.screenshot('clv-form-proposal-zh-CN');
  await page.getByTestId('run-create').click();
  const block = page.getByTestId('clv-models');
  await expect(block).toContainText('未设验证期，因此使用了默认模型 Pareto/NBD，没有与其他模型比较。', {
    timeout: 60_000,
  });
  const { clv } = latestClv(app);
  expect(clv.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'default' });
  expect(clv.models.map((m) => m.kind)).toEqual(['pareto']);
  expect(clv.proposedHoldout).toEqual(PROPOSED);
  await expect(page.getByTestId('clv-proposed-holdout')).toContainText(
    `模型学习截至 ${PROPOSED.calibrationEnd} 的购买记录，并与客户截至 ${PROPOSED.holdoutEnd} 的实际购买进行比较。`,
  );
  await expect(block.getByTestId('clv-use-model')).toHaveCount(0);
  expect(englishWords(await block.innerText(), MODEL_WORDS)).toEqual([]);
  await app.screenshot('clv-no-holdout-zh-CN');

  await chooseOption(page, page.getByTestId('language-switch'), 'English', { exact: true });
  await expect(block).toContainText(
    'No holdout was set, so the default model, Pareto/NBD, was used without comparing it with the others.',
  );
  await expect(page.getByTestId('clv-proposed-holdout')).toContainText(
    `the models learn from purchases up to ${PROPOSED.calibrationEnd} and are checked against what customers did up to ${PROPOSED.holdoutEnd}.`,
  );
  await app.screenshot('clv-no-holdout-en');
  await page.getByTestId('clv-run-proposed').click();
  await expect.poll(() => app.service.current()!.runs.length, { timeout: 60_000 }).toBe(2);
  await expect(block.locator('tbody tr.ant-table-row')).toHaveCount(3, { timeout: 60_000 });
  const next = latestClv(app).clv;
  expect([next.calibrationEnd, next.holdoutEnd]).toEqual([PROPOSED.calibrationEnd, PROPOSED.holdoutEnd]);
  expect(next.purchaseModel.chosenBy).toBe('holdout');
  expect(next.models).toHaveLength(3);
  await expect(block).toContainText('Model comparison');
  await app.screenshot('clv-proposed-run-en');
});
