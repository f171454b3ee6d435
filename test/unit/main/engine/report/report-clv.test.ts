import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../../../src/main/cli/find-chromium';
import { clvMethod } from '../../../../../src/main/engine/report/clv-method';
import { clvValueSection } from '../../../../../src/main/engine/report/clv-value-section';
import { reportText, type ReportInput } from '../../../../../src/main/engine/report/report-input';
import { clvResultSchema, clvSpecSchema, type ClvResult } from '../../../../../src/shared/clv';
import type { RunResult } from '../../../../../src/shared/segments';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';
import { CHROMIUM_PATH } from '../../../../helpers/chromium';
import { repoRoot, sharedData, tempDir } from '../../../../helpers/paths';
import { keepPages, keepReport, reportWords } from '../../../../helpers/report-files';
import { createTestService, type TestService } from '../../../../helpers/service';
import { pageTexts, squash } from '../../../../e2e/pdf-pages';

let t: TestService;
/** CDNOW master calibrated to 1997-09-30 with a holdout to 1998-06-30; the same with BG/NBD chosen; fitted on everything. */
const runs = { holdout: 0, user: 0, all: 0 };
let result: RunResult;
let clv: ClvResult;
let currency: string;

/** CDNOW master's rows read straight from the file: customer id (as a number), day number, dollar value. */
const rows = cdnowRows('CDNOW_master.txt', 0, 1, 3).raw;
const CALIBRATION_END = dayNumber('19970930');
const HOLDOUT_END = dayNumber('19980630');

beforeAll(async () => {
  t = createTestService({ printPdf: chromiumPrinter(CHROMIUM_PATH) });
  await t.service.createAt(join(tempDir('segdesk-report-clv-'), 'clv.segdesk'));
  const cdnow = await t.service.importFile(sharedData('CDNOW_master.txt'));
  currency = cdnow.currency;
  const spec = (over: object) => clvSpecSchema.parse({ model: 'clv', ...over });
  const holdout = { calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' };
  const made = await t.service.createRun(cdnow.id, spec(holdout));
  runs.holdout = made.run.id;
  result = made.result;
  clv = made.result.clv!;
  runs.user = (await t.service.createRun(cdnow.id, spec({ ...holdout, purchaseModel: 'bgnbd' }))).run.id;
  runs.all = (await t.service.createRun(cdnow.id, spec({}))).run.id;
}, 300_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** The rows of the table that follows `heading` (an h3): each row's first cell (text) and number cells. */
function tableAfter(html: string, heading: string): { first: string; chosen: boolean; cells: string[] }[] {
  const start = html.indexOf(`<h3>${heading}</h3>`);
  expect(start, heading).toBeGreaterThan(0);
  const body = /<tbody>(.*?)<\/tbody>/.exec(html.slice(start))![1];
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => ({
    first: reportWords(/<td>(.*?)<\/td>/.exec(m[1])![1]).trim(),
    chosen: m[0].startsWith('<tr class="chosen">'),
    cells: [...m[1].matchAll(/<td class="num">(.*?)<\/td>/g)].map((c) => c[1]),
  }));
}

/** Each customer's flag on the run's churn-risk list, chance still active, value and next purchase (UTC ms or null), by CDNOW id. */
function members(runId: number) {
  const table = t.service.runMembers(runId);
  const col = (name: string) => table.getChild(name)!;
  return Array.from({ length: table.numRows }, (_, i) => ({
    id: Number(col('customerId').get(i)),
    churnRisk: col('churnRisk').get(i) as number,
    pAlive: col('pAlive').get(i) as number,
    clv: col('clv').get(i) as number,
    next: col('nextPurchaseBy').get(i) as number | null,
  }));
}

/** What each customer spent up to the calibration end, from the file. */
function pastRevenue(): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) if (r.day <= CALIBRATION_END) out.set(Number(r.id), (out.get(Number(r.id)) ?? 0) + r.value);
  return out;
}

/** The ⌈share·n⌉-th largest value: the floor of the top share. */
const topFloor = (values: number[], share: number) =>
  [...values].sort((a, b) => b - a)[Math.ceil(share * values.length) - 1];

describe('the report of a CLV run on CDNOW master with a holdout', () => {
  it('in English: the model chosen by the holdout, the three models side by side, the predicted value per segment, the churn-risk list and next purchases', async () => {
    const html = await t.service.reportHtml(runs.holdout, { lang: 'en', paper: 'a4' });
    keepReport('clv-cdnow-en.html', html);
    const words = reportWords(html);
    expect(words).toContain(
      'The predicted values come from Pareto/NBD: of the three purchase models, it foresaw the holdout period best (the smallest mean error per customer).',
    );
    // The models' mean absolute errors per customer (Pareto/NBD 0.7938, BG/NBD 0.8187, MBG/NBD 0.7945): Pareto/NBD chosen.
    expect(clv.models.map((m) => [m.kind, Math.round(m.holdout!.mae * 10_000) / 10_000])).toEqual([
      ['pareto', 0.7938],
      ['bgnbd', 0.8187],
      ['mbgnbd', 0.7945],
    ]);
    // Holdout purchases made, counted in the file: distinct purchase days of a customer after 1997-09-30 up to 1998-06-30.
    const holdoutDays = new Set(
      rows.filter((r) => r.day > CALIBRATION_END && r.day <= HOLDOUT_END).map((r) => `${r.id}|${r.day}`),
    );
    expect(holdoutDays.size).toBe(19_684);
    const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    const ll = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    const compared = tableAfter(html, 'The purchase models side by side');
    expect(compared).toEqual(
      clv.models.map((m) => ({
        first: m.kind === 'pareto' ? 'Pareto/NBD (chosen)' : { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD' }[m.kind],
        chosen: m.kind === 'pareto',
        cells: [ll.format(m.logLikelihood), int.format(m.holdout!.expected), '19,684', m.holdout!.mae.toFixed(3)],
      })),
    );
    expect(compared.map((r) => r.cells[3])).toEqual(['0.794', '0.819', '0.795']);
    // The mark is on the smallest error.
    const smallest = compared.reduce((a, b) => (Number(b.cells[3]) < Number(a.cells[3]) ? b : a));
    expect(compared.filter((r) => r.chosen)).toEqual([smallest]);

    // Per segment: customers, predicted value (sum, mean) and past revenue, as result.segmentValues rounded to cents.
    const money = new Intl.NumberFormat('en', { style: 'currency', currency });
    const segments = tableAfter(html, 'Predicted value by segment');
    const shown = clv.segmentValues.flatMap((v, i) =>
      v.customers > 0
        ? [
            {
              first: result.segments[i].name.en,
              chosen: false,
              cells: [
                int.format(v.customers),
                money.format(v.clv),
                money.format(v.meanClv),
                money.format(v.pastRevenue),
              ],
            },
          ]
        : [],
    );
    // CDNOW master's 23,570 customers and what they spent up to 1997-09-30, from the file.
    const past = pastRevenue();
    expect(past.size).toBe(23_570);
    const total = [...past.values()].reduce((a, b) => a + b, 0);
    expect(segments).toEqual([
      ...shown,
      {
        first: 'All customers',
        chosen: false,
        cells: ['23,570', money.format(clv.totals.clv), money.format(clv.totals.clv / 23_570), money.format(total)],
      },
    ]);
    expect(segments.at(-1)!.cells[3]).toBe('$1,723,354.50');

    // The churn-risk list, checked member by member: chance still active below 50 %, in the top 20 % by past revenue or value.
    const list = members(runs.holdout);
    const revenueFloor = topFloor([...past.values()], 0.2);
    const clvFloor = topFloor(
      list.map((m) => m.clv),
      0.2,
    );
    const valuable = list.filter((m) => m.pAlive < 0.5 && (past.get(m.id)! >= revenueFloor || m.clv >= clvFloor));
    expect(list.filter((m) => m.churnRisk === 1).map((m) => m.id)).toEqual(valuable.map((m) => m.id));
    expect(valuable).toHaveLength(1_670);
    const atStake = valuable.reduce((n, m) => n + past.get(m.id)!, 0);
    const pct = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(words).toContain(
      `1,670 valuable customers may be slipping away: they are among the top 20% of customers by past revenue or by predicted value, but their chance of still being active is below 50%. Up to 1997-09-30 they spent ${money.format(atStake)}, ${pct.format(atStake / total)} of all past revenue`,
    );
    // The executive summary (page 1, before the contents) says the list, not the segments "at risk".
    const summary = words.slice(0, words.indexOf('Contents'));
    expect(summary).toContain(
      `1,670 valuable customers (${pct.format(1_670 / 23_570)}) may be slipping away: their chance of still being active has fallen below 50%. They have spent ${money.format(atStake)} so far`,
    );
    expect(summary).not.toContain('who used to buy well are slipping away');
    expect(summary).toContain(
      'What to do first: for the valuable customers at risk, win them back one by one, most valuable first',
    );
    expect(words).toContain('How to win them back:');
    expect(words).toContain('Win them back one by one, most valuable first');
    // Expected to buy again within 365 days: a next-purchase date by 1998-09-30.
    const by = Date.UTC(1998, 8, 30);
    const buying = list.filter((m) => m.next !== null && m.next <= by).length;
    expect(buying).toBe(clv.nextPurchase.withinHorizon);
    expect(words).toContain(
      `${int.format(buying)} customers (${pct.format(buying / 23_570)}) are expected to buy again within 365 days of 1997-09-30, that is by 1998-09-30`,
    );

    // The method: the chosen model's parameters by name, every model's holdout check, the references.
    const four = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
    const p = clv.models[0].params;
    expect(words).toContain(
      `r = ${four.format(p.r)} (purchase rates: shape) α = ${four.format(p.alpha)} (purchase rates: scale) s = ${four.format(p.s)} (dropout rates: shape) β = ${four.format(p.beta)} (dropout rates: scale)`,
    );
    expect(words).toContain('Holdout check: purchases per customer, made and expected by each model');
    expect(words).toContain(
      `Pareto/NBD, the chosen model: holdout to 1998-06-30: 19,684 purchases made, ${int.format(clv.models[0].holdout!.expected)} expected`,
    );
    for (const name of ['Made', 'Pareto/NBD (chosen)', 'BG/NBD', 'MBG/NBD']) expect(html).toContain(`>${name}</text>`);
    for (const ref of [
      'Schmittlein, D. C., Morrison, D. G. & Colombo, R. (1987)',
      'Fader, P. S. & Hardie, B. G. S. (2005)',
      'Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005)',
      'Batislam, E. P., Denizel, M. & Filiztekin, A. (2007)',
      'Fader, P. S. & Hardie, B. G. S. (2013)',
    ])
      expect(words).toContain(ref);
    // The definitions add the lifetime-value terms.
    const definitions = words.slice(words.lastIndexOf('Definitions'));
    for (const term of [
      'Calibration period',
      'Holdout period',
      'Chance still active (P(alive))',
      'Churn-risk list',
      'Next purchase by',
    ])
      expect(definitions).toContain(term);
    // No float noise: no number with more than four decimals in the words.
    expect(words).not.toMatch(/\d\.\d{5,}/);
  }, 120_000);

  it('in Chinese: the same table, mark, segment values and churn paragraph', async () => {
    const html = await t.service.reportHtml(runs.holdout, { lang: 'zh-CN', paper: 'a4' });
    keepReport('clv-cdnow-zh-CN.html', html);
    const words = reportWords(html);
    expect(words).toContain('预测价值来自 Pareto/NBD：在三个购买模型中，它对验证期的预测最准确');
    const compared = tableAfter(html, '购买模型对比');
    expect(compared.map((r) => [r.first, r.chosen, r.cells[3]])).toEqual([
      ['Pareto/NBD（已选用）', true, '0.794'],
      ['BG/NBD', false, '0.819'],
      ['MBG/NBD', false, '0.795'],
    ]);
    const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    const segments = tableAfter(html, '各客户群的预测价值');
    expect(segments.map((r) => r.first)).toEqual([
      ...result.segments.filter((s) => s.customers > 0).map((s) => s.name['zh-CN']),
      '全部客户',
    ]);
    expect(segments[0].cells).toEqual([
      clv.segmentValues[0].customers.toLocaleString('zh-CN'),
      money.format(clv.segmentValues[0].clv),
      money.format(clv.segmentValues[0].meanClv),
      money.format(clv.segmentValues[0].pastRevenue),
    ]);
    expect(words).toContain(
      '1,670 位高价值客户可能正在流失：按历史销售额或预测价值，他们位列前 20%，但仍然活跃的概率低于 50%。',
    );
    expect(words.slice(0, words.indexOf('目录'))).toContain(
      '1,670 位高价值客户（7.1%）可能正在流失：他们仍然活跃的概率已低于 50%。',
    );
    expect(words).toContain('优先行动——有流失风险的高价值客户：按价值从高到低逐一挽回');
    expect(words).toContain('如何挽回：');
    expect(words).toContain('按价值从高到低逐一挽回');
    expect(words).toContain(`预计有 ${clv.nextPurchase.withinHorizon.toLocaleString('zh-CN')} 位客户`);
    expect(words).toContain('r = 0.5974（购买率：形状参数）');
    expect(words).toContain('参考文献');
    expect(words.slice(words.lastIndexOf('术语说明'))).toContain('流失风险名单');
  }, 120_000);
});

describe('the report of other CLV runs on CDNOW master', () => {
  it('BG/NBD chosen by the user: said so, the three models still side by side with the mark on BG/NBD', async () => {
    const html = await t.service.reportHtml(runs.user, { lang: 'en', paper: 'a4' });
    expect(reportWords(html)).toContain(
      'The predicted values come from BG/NBD, the purchase model chosen for this run.',
    );
    const compared = tableAfter(html, 'The purchase models side by side');
    expect(compared.map((r) => [r.first, r.chosen])).toEqual([
      ['Pareto/NBD', false],
      ['BG/NBD (chosen)', true],
      ['MBG/NBD', false],
    ]);
  }, 120_000);

  it('fitted on everything, without a holdout: the default model, the proposed holdout (the last third) and what a holdout is for', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = await t.service.reportHtml(runs.all, { lang, paper: 'a4' });
      keepReport(`clv-cdnow-all-${lang}.html`, html);
      const words = reportWords(html);
      expect(html).not.toContain('class="segments models"');
      // CDNOW master runs from 1997-01-01 to 1998-06-30 (546 days): the first two thirds end on day 364, 1997-12-30.
      const first = Math.min(...rows.map((r) => r.day));
      const last = Math.max(...rows.map((r) => r.day));
      expect([first, last]).toEqual([dayNumber('19970101'), dayNumber('19980630')]);
      expect(words).toContain(
        lang === 'en'
          ? 'The predicted values come from Pareto/NBD, the default purchase model: without a holdout period there was nothing to compare the models on.'
          : '预测价值来自默认的购买模型 Pareto/NBD：没有验证期，就无法比较各模型。',
      );
      expect(words).toContain(
        lang === 'en'
          ? 'Proposed holdout: learn from the purchases up to 1997-12-30 and check the forecast against those up to 1998-06-30 (the last third of the history).'
          : '建议的验证期：从截至 1997-12-30 的购买中学习，并用截至 1998-06-30 的购买检验预测',
      );
      expect(words).toContain(
        lang === 'en'
          ? 'A holdout period keeps the last part of the history back'
          : '验证期是把历史数据的最后一段留出来',
      );
      expect(words).not.toContain(lang === 'en' ? 'Holdout check' : '验证期检验');
    }
  }, 120_000);
});

describe('the lifetime-value part of runs the workspace holds otherwise', () => {
  const words = (c: ClvResult, lang: 'en' | 'zh-CN' = 'en') =>
    reportWords(clvValueSection({ result: { ...result, clv: c } } as ReportInput, reportText(lang, currency)));

  it('a model that could not be fitted is listed with the reason, the others side by side', () => {
    const failed = {
      ...clv,
      models: clv.models.filter((m) => m.kind !== 'mbgnbd'),
      modelFailures: [
        { kind: 'mbgnbd' as const, code: 'E_FIT_FAILED', message: 'The MBG/NBD model could not be fitted' },
      ],
    };
    const html = clvValueSection({ result: { ...result, clv: failed } } as ReportInput, reportText('en', currency));
    expect(tableAfter(html, 'The purchase models side by side').map((r) => r.first)).toEqual([
      'Pareto/NBD (chosen)',
      'BG/NBD',
    ]);
    expect(words(failed)).toContain(
      'MBG/NBD could not be fitted: the likelihood has no clear maximum on these purchases (E_FIT_FAILED). It is left out of the comparison.',
    );
    expect(words(failed, 'zh-CN')).toContain(
      'MBG/NBD 无法拟合：在这些购买数据上似然函数没有明确的最大值（E_FIT_FAILED），因此不参与比较。',
    );
  });

  it('Pareto/NBD in its no-dropout limit: r and α, and the limit in words — not s = 0, β = 0 as if fitted', () => {
    const pareto = clv.models.find((m) => m.kind === 'pareto')!;
    const limit: ClvResult = {
      ...clv,
      purchaseModel: { kind: 'pareto', chosenBy: 'default' },
      models: [
        { ...pareto, noDropout: true, params: { r: 0.8123, alpha: 13.04, s: 0, beta: 0 }, logLikelihood: -16592.2546 },
      ],
    };
    const method = (lang: 'en' | 'zh-CN') =>
      clvMethod(
        { result: { ...result, clv: limit } } as ReportInput,
        clvSpecSchema.parse({ model: 'clv' }),
        reportText(lang, currency),
      ).params.find(([name]) => name.includes('Pareto/NBD'))!;
    expect(method('en')).toEqual([
      'Purchase model (Pareto/NBD)',
      'r = 0.8123 (purchase rates: shape)<br>α = 13.04 (purchase rates: scale)<br>no sign of customers leaving: fitted without dropout (the NBD, s = β = 0), every customer counted as still active<br>log-likelihood -16,592.25',
    ]);
    expect(method('zh-CN')[1]).toContain(
      '数据中看不到客户流失：按无流失模型拟合（NBD，s = β = 0），所有客户都视为仍活跃',
    );
  });

  it('a run stored before the three models (BG/NBD alone): its model in one sentence, no list it did not keep', () => {
    const bg = clv.models.find((m) => m.kind === 'bgnbd')!;
    const {
      purchaseModel: _p,
      models: _m,
      modelFailures: _f,
      proposedHoldout: _h,
      segmentValues: _s,
      churn: _c,
      nextPurchase: _n,
      ...rest
    } = clv;
    const stored = clvResultSchema.parse({
      ...rest,
      bgnbd: { ...bg.params, logLikelihood: bg.logLikelihood, converged: true },
    });
    const said = words(stored);
    expect(said).toContain('The predicted values come from BG/NBD, the purchase model chosen for this run.');
    for (const part of ['side by side', 'Predicted value by segment', 'at risk of leaving', 'Proposed holdout'])
      expect(said).not.toContain(part);
  });
});

describe('the PDF report of a CLV run', () => {
  it('in English and Chinese: the lifetime-value part after the segment overview, its tables on the page', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const pdf = join(tempDir('segdesk-clv-pdf-'), `clv-${lang}.pdf`);
      await t.service.exportReportTo(runs.holdout, 'pdf', { lang, paper: 'a4' }, pdf);
      const pages = pageTexts(pdf);
      const at = (w: string) => pages.findIndex((p, i) => i > 0 && p.includes(squash(w)));
      const [overview, value, churn] = (
        lang === 'en'
          ? ['Segment overview', 'Predicted lifetime value', 'Valuable customers at risk of leaving']
          : ['分群概览', '预测的客户终身价值', '有流失风险的高价值客户']
      ).map(at);
      expect(overview).toBeGreaterThan(0);
      expect(value).toBeGreaterThanOrEqual(overview);
      expect(churn).toBeGreaterThanOrEqual(value);
      expect(pages[value]).toContain(squash(lang === 'en' ? 'Pareto/NBD (chosen)' : 'Pareto/NBD（已选用）'));
      keepPages(pdf, `report-clv-${lang}`, []);
      // The page with the models side by side, for the README (re-taken with UPDATE_DOCS=1).
      if (process.env.UPDATE_DOCS === '1')
        copyFileSync(
          join(repoRoot, 'test-results', 'screens', `report-clv-${lang}-${value + 1}.png`),
          join(repoRoot, 'docs', `report-clv-${lang}.png`),
        );
    }
  }, 180_000);
});
