import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRule } from '../../../../../src/main/engine/report/describe-rule';
import { REPORT_FONT } from '../../../../../src/main/engine/report/chart-svg';
import { renderReport } from '../../../../../src/main/engine/report/render-report';
import { createTranslate } from '../../../../../src/shared/i18n';
import type { ReportInput } from '../../../../../src/main/engine/report/report-input';
import { fontFaceCss } from '../../../../../src/main/worker/report-fonts';
import { DEFAULT_REPORT_SETTINGS } from '../../../../../src/shared/exports';
import { playbookFor } from '../../../../../src/shared/playbook';
import type { RunResult } from '../../../../../src/shared/segments';
import { traitFigures, traitWords } from '../../../../../src/shared/trait-words';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { repoRoot, sharedData, tempDir } from '../../../../helpers/paths';
import { keepReport, reportWords } from '../../../../helpers/report-files';
import { createTestService, type TestService } from '../../../../helpers/service';

let t: TestService;
let runId: number;
let rulesRunId: number;
let result: RunResult;
/** Font subsets the Chinese report embeds. */
let zhFaces = 0;

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-report-'), 'report.segdesk'));
  const retail = await t.service.importFile(sharedData('online_retail_uci.csv.gz'));
  t.service.setDatasetCurrency(retail.id, 'GBP');
  const made = await t.service.createRun(retail.id, RFM_ELEVEN);
  runId = made.run.id;
  result = made.result;
  t.service.setSegmentNote(runId, 'cant_lose', 'Call each one before <Christmas> & offer 15 %');
  const rules = await t.service.createRun(retail.id, {
    model: 'rules',
    frequency: 'orders',
    rules: [
      {
        key: 'big',
        name: { en: 'Big and active', 'zh-CN': '活跃大客户' },
        when: {
          all: [
            { field: 'monetary', op: 'range', min: 5000, max: null },
            {
              any: [
                { field: 'frequency', op: 'range', min: 10, max: null },
                { field: 'recency', op: 'range', min: null, max: 30 },
              ],
            },
          ],
        },
      },
    ],
  });
  rulesRunId = rules.run.id;
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

const keep = keepReport;

const text = reportWords;

describe('the report of an RFM run on Online Retail', () => {
  it('in Chinese: every section, segment names and totals in Chinese, money in pounds, the Overview’s five charts and the run’s five as inline SVG, only the font subsets it uses', async () => {
    const html = await t.service.reportHtml(runId, { lang: 'zh-CN', paper: 'a4' });
    keep('retail-zh-CN.html', html);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    const words = text(html);
    for (const heading of [
      '客户分群报告',
      '执行摘要',
      '目录',
      '分群概览',
      '客户画像与运营建议',
      '方法与参数',
      '数据质量',
      '术语说明',
      '数据来源与许可',
    ])
      expect(words).toContain(heading);
    for (const seg of result.segments.filter((s) => s.customers > 0)) expect(words).toContain(seg.name['zh-CN']);
    expect(words).toContain('共 4,338 位客户');
    expect(words).toContain('销售额 £8,911,407.90');
    expect(words).toContain('2010-12-01 至 2011-12-09');
    expect(words).toContain('分析日期');
    // 397,884 of 541,909 rows kept: the data-quality section says so, and what was dropped.
    expect(words).toContain('共读取 541,909 行，保留 397,884 行');
    expect(words).toContain('9,288');
    // Notes are the user's text: escaped, never markup.
    expect(html).toContain('Call each one before &lt;Christmas&gt; &amp; offer 15 %');
    expect(html.match(/<svg /g)).toHaveLength(10);
    // Every chart is a figure with a title: the Overview's five, the R × F grid's and the histograms' too.
    expect(
      [...html.matchAll(/<figure class="chart"><h3 class="chart-title">(.*?)<\/h3><svg /g)].map((m) => m[1]),
    ).toEqual([
      '销售额与订单数：按月的走势',
      '按月的活跃客户：新客户与老客户',
      '各月新客户在首次购买后第几个月再次购买的占比',
      '平均而言：新客户在首次购买后各月再次购买的占比',
      '消费最高的客户贡献的销售额占比',
      '客户数占比与销售额占比',
      'R × F：按最近购买与购买频次分数划分的客户',
      '最近购买天数（含 R 分界点）',
      '购买次数（含 F 分界点）',
      '消费金额（含 M 分界点）',
    ]);
    expect(html).toMatch(/<figcaption>冠军客户：\d+\.\d% 的客户贡献了 \d+\.\d% 的销售额。<\/figcaption>/);
    // The fingerprint, labelled; the spec only in a technical appendix, which is not chosen; the page set-up.
    expect(html).toMatch(/<th>数据指纹（已存数据集的 SHA-256）<\/th><td><code>[0-9a-f]{64}<\/code>/);
    expect(html).not.toContain('&quot;scheme&quot;');
    expect(html).not.toContain('<pre>');
    expect(html).toContain('size: A4;');
    expect(html).toContain('counter(page) " / " counter(pages)');
    const faces = html.match(/@font-face/g)!.length;
    zhFaces = faces;
    expect(faces).toBeGreaterThan(5);
    expect(faces).toBeLessThan(60);
    expect(html).not.toMatch(/(src|href)="(?!data:)[a-z]+:/i);
  });

  it('in English on Letter paper: English names, the same totals, fewer font subsets', async () => {
    const html = await t.service.reportHtml(runId, { lang: 'en', paper: 'letter' });
    keep('retail-en.html', html);
    const words = text(html);
    for (const seg of result.segments.filter((s) => s.customers > 0)) expect(words).toContain(seg.name.en);
    expect(words).toContain('4,338 customers in');
    expect(words).toContain('Revenue £8,911,407.90');
    expect(words).not.toContain('冠军客户');
    expect(html).toContain('size: letter;');
    expect(html.match(/@font-face/g)!.length).toBeLessThan(zhFaces);
  });

  it('personas in plain words, with the figures behind them in the method section; every segment, Others too, has actions', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const words = text(await t.service.reportHtml(runId, { lang, paper: 'a4' }));
      const [personas, method] = words.split(lang === 'en' ? 'Method and parameters' : '方法与参数').slice(-2);
      expect(personas).not.toMatch(/[+-]?\d+(\.\d+)? (sd|个标准差)/);
      const champions = result.personas[result.segments.findIndex((s) => s.key === 'champions')];
      const top = champions.numeric[0];
      expect(personas).toContain(traitWords(top)[lang]);
      expect(method).toContain(lang === 'en' ? 'The figures behind the personas' : '客户画像背后的数字');
      expect(method).toContain(
        traitFigures(top, lang, (v) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v)),
      );
    }
    const withoutActions = result.segments.filter(
      (seg, i) => seg.customers > 0 && playbookFor(seg.key, result.personas[i]).length === 0,
    );
    expect(withoutActions.map((s) => s.key)).toEqual([]);
  });

  it('a rules run: the rules in words, no RFM charts, Others explained', async () => {
    const html = await t.service.reportHtml(rulesRunId, { lang: 'en', paper: 'a4' });
    keep('retail-rules-en.html', html);
    const words = text(html);
    expect(words).toContain(
      'Big and active: spend at least 5,000 and (purchases at least 10 or days since last purchase below 30)',
    );
    expect(words).toContain('Others: customers no rule takes');
    // The Overview's five charts and the segments' shares: no R × F grid, no histograms.
    expect(html.match(/<svg /g)).toHaveLength(6);
  });

  it('is a pure function: the same input gives the same document', async () => {
    const details = t.service.runDetails(runId);
    const info = t.service.current()!;
    const input: ReportInput = {
      lang: 'zh-CN',
      paper: 'a4',
      generatedAt: Date.UTC(2026, 10, 24, 9, 30),
      appVersion: '0.1.0',
      workspaceName: info.name,
      demo: false,
      comparison: null,
      campaigns: [],
      dataset: info.datasets[0],
      dateRange: { from: Date.UTC(2010, 11, 1, 8, 26), to: Date.UTC(2011, 11, 9, 12, 50) },
      fingerprint: 'f'.repeat(64),
      dateFields: ['firstPurchase', 'lastPurchase'],
      settings: DEFAULT_REPORT_SETTINGS,
      concentration: null,
      overview: null,
      ...details,
    };
    const a = renderReport(input, fontFaceCss);
    expect(renderReport(input, fontFaceCss)).toBe(a);
    expect(a).toContain('2026-11-24 09:30 UTC');
    // Without a font provider the machine's fonts are used.
    expect(renderReport(input)).not.toContain('@font-face');

    // A run name is text wherever it goes, the page footer's CSS string included.
    const hostile = renderReport({
      ...input,
      run: {
        ...input.run,
        name: 'Q4 </style><h1>FAKE</h1><meta http-equiv="refresh" content="0;url=https://x.example">\r"',
      },
    });
    expect(hostile).not.toContain('<h1>FAKE');
    expect(hostile).not.toContain('<meta http-equiv="refresh"');
    expect(hostile).toContain('content: "SegmentDesk · 客户分群报告 · Q4 \\3c /style\\3e \\3c h1\\3e FAKE');
    expect(hostile).toContain('<p class="run-name">Q4 &lt;/style&gt;&lt;h1&gt;FAKE&lt;/h1&gt;');

    // The user's title page and sections: their title, client, author and logo on page 1, only the sections chosen (in
    // the report's order, listed in the contents), the spec as JSON only in the technical appendix.
    const logo = `data:image/svg+xml;base64,${readFileSync(join(repoRoot, 'test', 'fixtures', 'report-logo.svg')).toString('base64')}`;
    const chosen = renderReport({
      ...input,
      lang: 'en',
      settings: {
        title: 'Customers 2011: who to keep',
        client: 'Acme Gifts Ltd',
        author: 'Jo Bloggs <Consulting>',
        logo,
        sections: ['summary', 'segments', 'method'],
        technical: true,
      },
    });
    const front = /<section class="front">([\s\S]*?)<\/section>/.exec(chosen)![1];
    expect(front).toContain(`<img class="logo" src="${logo}" alt="">`);
    expect(front).toContain('<h1>Customers 2011: who to keep</h1>');
    expect(front).toContain(
      '<dt>Prepared for</dt><dd>Acme Gifts Ltd</dd><dt>Prepared by</dt><dd>Jo Bloggs &lt;Consulting&gt;</dd><dt>Date</dt><dd>2026-11-24</dd>',
    );
    expect(front).toContain('<h2>Executive summary</h2>');
    expect([...front.matchAll(/<li><a href="#(part-\d)">(.*?)<\/a><\/li>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'part-1 Segment overview',
      'part-2 Method and parameters',
      'part-3 Technical appendix: the run’s settings',
    ]);
    expect([...chosen.matchAll(/<section id="(part-\d)"><h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      'part-1',
      'part-2',
      'part-3',
    ]);
    expect(chosen).not.toContain('<svg ');
    expect(chosen).not.toContain('Personas and playbook');
    expect(chosen).toContain('<pre>{\n &quot;model&quot;: &quot;rfm&quot;');
    expect(chosen).toContain('<title>Customers 2011: who to keep · RFM · 11 · online_retail_uci</title>');
    // Without the summary, page 1 holds the title block and the contents only.
    const bare = renderReport({
      ...input,
      lang: 'en',
      settings: { ...DEFAULT_REPORT_SETTINGS, sections: ['quality'] },
    });
    expect(bare).not.toContain('Executive summary');
    expect(bare).toContain('<li><a href="#part-1">Data quality</a></li>');
  });

  it('embeds a Latin font for Latin text, so an apostrophe is never a CJK font’s full-width one', () => {
    const css = fontFaceCss('customer’s 客户');
    const families = [...css.matchAll(/font-family:'([^']+)';font-style:normal;font-weight:(\d+);/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    // Noto Sans (regular and bold) covers Latin and the apostrophe U+2019; Noto Sans SC the Chinese.
    expect(new Set(families)).toEqual(new Set(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans SC 400']));
    const latin = css.split('\n').filter((r) => r.includes("'Noto Sans';") && r.includes('font-weight:400'));
    expect(latin.some((r) => /unicode-range:[^;]*U\+2000-206F/.test(r))).toBe(true);
    expect(REPORT_FONT.startsWith("'Noto Sans', 'Noto Sans SC'")).toBe(true);
  });

  it('writes rule bounds of date fields as days, whatever the year, and numbers as numbers', () => {
    const t = createTranslate('en');
    const when = {
      all: [
        { field: 'birthday', op: 'range' as const, min: null, max: Date.UTC(1972, 5, 1) },
        {
          any: [
            { field: 'Income', op: 'range' as const, min: 75_000, max: null },
            { field: 'City', op: 'in' as const, values: ['北京', 'Shanghai'] },
          ],
        },
      ],
    };
    expect(describeRule(when, t, 'en', new Set(['birthday']))).toBe(
      'birthday below 1972-06-01 and (Income at least 75,000 or City is one of “北京”, “Shanghai”)',
    );
    expect(
      describeRule({ any: [{ field: 'lastPurchase', op: 'missing' }] }, createTranslate('zh-CN'), 'zh-CN', new Set()),
    ).toBe('最近购买 缺失');
  });
});
