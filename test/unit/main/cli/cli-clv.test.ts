import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdnowRows } from '../../../helpers/cdnow';
import { cli, cliOn, cliWorkspaceWith, specWriter } from '../../../helpers/cli';
import { csvCells } from '../../../helpers/csv-cells';
import { sharedData, tempDir } from '../../../helpers/paths';

const within = (got: number, want: number, relative: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(relative);

const DAY = 86_400_000;
/** A day number (days since 1970-01-01) as YYYY-MM-DD. */
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
type Member = Record<string, number | string | boolean | null>;

/** The value a share `top` of the customers reaches: the ⌈top·n⌉-th largest (the churn list's rule, written again here). */
const topFloor = (values: number[], top: number) =>
  [...values].sort((a, b) => b - a)[Math.max(1, Math.ceil(top * values.length)) - 1];

/**
 * Each customer's spend up to the calibration end, summed from a CDNOW file's own lines (by the
 * customer id as a number).
 */
function pastRevenue(file: string, idField: number, valueField: number, calibrationEnd: string): Map<number, number> {
  const end = Date.parse(calibrationEnd) / DAY;
  const out = new Map<number, number>();
  for (const x of cdnowRows(file, idField, idField + 1, valueField).raw)
    if (x.day <= end) out.set(Number(x.id), (out.get(Number(x.id)) ?? 0) + x.value);
  return out;
}

/**
 * The members' churn-risk flags are the list's rule recomputed here — chance still active below
 * `alive` and, by past revenue (from the file) or predicted value, in the top `top` share — and as
 * many as the run says; a next purchase is a day within the horizon after the calibration end,
 * given to as many as the run says, and only to customers expecting at least half a purchase
 * (E[N] ≥ P(N ≥ 1) ≥ 50 %).
 */
function checkChurnAndNextPurchase(
  out: {
    calibrationEnd: string;
    churn: {
      alive: number;
      top: number;
      pastRevenueFloor: number;
      clvFloor: number;
      customers: number;
      pastRevenue: number;
      clv: number;
    };
    nextPurchase: { horizonDays: number; withinHorizon: number };
  },
  members: Member[],
  revenue: Map<number, number>,
) {
  const { alive, top } = out.churn;
  const past = members.map((m) => revenue.get(Number(m.customerId))!);
  const clv = members.map((m) => m.clv as number);
  const pastFloor = topFloor(past, top);
  const clvFloor = topFloor(clv, top);
  expect(pastFloor).toBeCloseTo(out.churn.pastRevenueFloor, 6);
  expect(clvFloor).toBe(out.churn.clvFloor);
  const atRisk = members.map((m, i) => (m.pAlive as number) < alive && (past[i] >= pastFloor || clv[i] >= clvFloor));
  expect(members.map((m) => m.churnRisk)).toEqual(atRisk);
  expect(atRisk.filter(Boolean)).toHaveLength(out.churn.customers);
  // What the listed customers spent and are predicted to be worth, summed here.
  const listed = members.map((_, i) => i).filter((i) => atRisk[i]);
  expect(out.churn.pastRevenue).toBeCloseTo(
    listed.reduce((s, i) => s + past[i], 0),
    6,
  );
  expect(out.churn.clv).toBeCloseTo(
    listed.reduce((s, i) => s + clv[i], 0),
    6,
  );
  expect(out.churn.customers).toBeGreaterThan(0);
  for (const m of members.filter((x) => x.churnRisk)) expect(m.pAlive as number).toBeLessThan(0.5);
  const start = out.calibrationEnd;
  const last = isoDay(Date.parse(start) / DAY + out.nextPurchase.horizonDays);
  const dated = members.filter((m) => m.nextPurchaseBy !== null);
  expect(dated).toHaveLength(out.nextPurchase.withinHorizon);
  for (const m of dated) {
    expect(m.nextPurchaseBy).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(m.nextPurchaseBy! > start && m.nextPurchaseBy! <= last, String(m.nextPurchaseBy)).toBe(true);
    expect(m.expectedPurchases as number).toBeGreaterThanOrEqual(0.5);
  }
}

describe('segmentdesk run --model clv', () => {
  const dir = tempDir('segdesk-cli-clv-');
  const spec = specWriter(dir);
  const sample = join(dir, 'cdnow.segdesk');
  const onSample = cliOn(sample);
  /** `run --dataset 1 --model clv` on the sample with the spec in `file`. */
  const runClv = (file: string) => onSample('run', '--dataset', '1', '--model', 'clv', '--spec', file, '--json');
  beforeAll(() => {
    // Every row is a purchase, identical ones too (two alike on one day are merged into one purchase day by the model).
    expect(
      cliWorkspaceWith(
        sample,
        sharedData('CDNOW_sample.txt'),
        'transactions',
        'customerId=column_2,orderDate=column_3,quantity=column_4,amount=column_5',
        '--policy',
        'duplicate_row=keep',
      ),
    ).toMatchObject({ datasetId: 1, rowsKept: 6919 });
  });

  it('on the CDNOW sample with purchaseModel bgnbd: the published BG/NBD and Gamma-Gamma fits, the other two models compared, value segments, members with pAlive, expected purchases and value, CLV, next purchase, churn risk', () => {
    const file = spec('cdnow', {
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      timeUnit: 'weeks',
      purchaseModel: 'bgnbd',
      margin: 0.3,
      discountRate: 0.01,
      horizon: 12,
    });
    const r = runClv(file);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      model: 'clv',
      analysisDate: '1997-10-01',
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      proposedHoldout: null,
      timeUnit: 'weeks',
      customers: 2357,
      repeatCustomers: 946,
      modelFailures: [],
    });
    // The user's choice is used; with a holdout all three models are fitted and compared all the same.
    expect(out.purchaseModel.kind).toBe('bgnbd');
    expect(out.purchaseModel.chosenBy).toBe('user');
    expect(out.models.map((m: { kind: string }) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    const bg = out.purchaseModel.params;
    within(bg.r, 0.243, 0.005);
    within(bg.alpha, 4.414, 0.005);
    within(bg.a, 0.793, 0.005);
    within(bg.b, 2.426, 0.005);
    expect(Math.abs(out.purchaseModel.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.1);
    expect(out.models[1].params).toEqual(bg);
    // Pareto/NBD as BTYD's walkthrough publishes it (the likelihood is flat in β: parameters to 1 %, LL to 0.01).
    const pareto = out.models[0];
    within(pareto.params.r, 0.5534, 0.01);
    within(pareto.params.alpha, 10.5802, 0.01);
    within(pareto.params.s, 0.6061, 0.01);
    within(pareto.params.beta, 11.6562, 0.01);
    expect(Math.abs(pareto.logLikelihood - -9594.98)).toBeLessThanOrEqual(0.01);
    // Every model's holdout errors; the purchases made are the same count for all three.
    for (const m of out.models) {
      expect(Object.keys(m.holdout).sort()).toEqual(['actual', 'expected', 'mae', 'relativeError', 'rmse']);
      expect(m.holdout.actual).toBe(out.models[0].holdout.actual);
      expect(m.holdout.rmse).toBeGreaterThanOrEqual(m.holdout.mae);
    }
    expect(out.holdout).toEqual(out.models[1].holdout);
    within(out.gammaGamma.p, 6.25, 0.01);
    within(out.gammaGamma.q, 3.74, 0.01);
    within(out.gammaGamma.gamma, 15.44, 0.01);
    expect(out.gammaGamma.customers).toBe(946);
    // Value × activity: 3 tiers × 3 bands; the top tier holds 20 % of the customers.
    expect(out.segments).toHaveLength(9);
    expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(2357);
    const top = out.segments
      .filter((s: { key: string }) => s.key.startsWith('high_'))
      .reduce((n: number, s: { customers: number }) => n + s.customers, 0);
    expect(top).toBe(Math.round(0.2 * 2357));
    // Per segment the predicted value beside past revenue, as many customers as the segment.
    expect(out.segmentValues.map((v: { customers: number }) => v.customers)).toEqual(
      out.segments.map((s: { customers: number }) => s.customers),
    );
    expect(out.holdout.actual).toBeGreaterThan(0);
    // Revenue of the run counts the calibration period only (the run's analysis day is the day after it).
    const members = JSON.parse(onSample('members', '--run', String(out.runId), '--json').stdout) as Member[];
    expect(members).toHaveLength(2357);
    expect(Object.keys(members[0])).toEqual(
      expect.arrayContaining([
        'pAlive',
        'expectedPurchases',
        'expectedValue',
        'clv',
        'nextPurchaseBy',
        'churnRisk',
        'repeatPurchases',
        'holdoutPurchases',
      ]),
    );
    // FHL's example customer (sample id 0001): x = 2, tₓ = 30.43, T = 38.86 weeks.
    const c1 = members.find((m) => Number(m.customerId) === 1)!;
    expect(c1.repeatPurchases).toBe(2);
    expect(c1.holdoutPurchases).toBe(1);
    expect(c1.pAlive as number).toBeGreaterThan(0.5);
    expect(c1.churnRisk).toBe(false);
    expect(c1.nextPurchaseBy).toMatch(/^1998-\d\d-\d\d$/);
    const sum = members.reduce((s, m) => s + (m.clv as number), 0);
    expect(sum).toBeCloseTo(out.totals.clv, 6);
    expect(members.reduce((n, m) => n + (m.holdoutPurchases as number), 0)).toBe(out.holdout.actual);
    checkChurnAndNextPurchase(out, members, pastRevenue('CDNOW_sample.txt', 1, 4, '1997-09-30'));
    // The report says the user's model in one sentence, the three side by side with BG/NBD marked, and names its parameters and Gamma-Gamma's.
    const html = join(dir, 'clv.html');
    expect(
      onSample('export', '--run', String(out.runId), '--format', 'html', '--lang', 'en', '--out', html).stderr,
    ).toBe('');
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('The predicted values come from BG/NBD, the purchase model chosen for this run.');
    expect(text).toContain('<tr class="chosen"><td>BG/NBD<b> (chosen)</b></td>');
    const four = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
    expect(text).toContain(
      `r = ${four.format(bg.r)} (purchase rates: shape)<br>α = ${four.format(bg.alpha)} (purchase rates: scale)<br>a = ${four.format(bg.a)}`,
    );
    const gg = out.gammaGamma;
    expect(text).toContain(`p = ${four.format(gg.p)}, q = ${four.format(gg.q)}, γ = ${four.format(gg.gamma)}`);
    expect(text).toContain('946 repeat buyers');
    // The holdout check of every model in the method; the validation charts, as in the app.
    expect(text).toContain(
      '<h3 class="chart-title">Holdout check: purchases per customer, made and expected by each model</h3><svg ',
    );
    expect(text).toContain('Repeat purchases over time: made and expected');
    expect(text).toContain('Chance a customer is still active, P(alive)');
  });

  it('without a holdout: the chosen model alone (Pareto/NBD), the last third of the history proposed as a holdout, said in English and Chinese', () => {
    // The sample's history, read from the file: its first purchase day to the calibration end.
    const first = Math.min(...cdnowRows('CDNOW_sample.txt', 1, 2, 4).raw.map((x) => x.day));
    expect(isoDay(first)).toBe('1997-01-01');
    const end = Date.UTC(1997, 8, 30) / DAY;
    const span = end - first + 1; // 273 days: the last third is held back
    const proposed = { calibrationEnd: isoDay(first + Math.round((span * 2) / 3) - 1), holdoutEnd: '1997-09-30' };
    expect(proposed.calibrationEnd).toBe('1997-07-01');
    const file = spec('pareto', { calibrationEnd: '1997-09-30', purchaseModel: 'pareto' });
    const out = JSON.parse(runClv(file).stdout);
    expect(out.holdoutEnd).toBeNull();
    expect(out.proposedHoldout).toEqual(proposed);
    expect(out.purchaseModel.kind).toBe('pareto');
    expect(out.purchaseModel.chosenBy).toBe('user');
    expect(out.models).toHaveLength(1);
    expect(out.models[0].holdout).toBeNull();
    expect(out.holdout).toBeNull();
    // Auto without a holdout: Pareto/NBD, the default.
    const auto = JSON.parse(runClv(spec('auto', { calibrationEnd: '1997-09-30' })).stdout);
    expect(auto.purchaseModel).toMatchObject({ kind: 'pareto', chosenBy: 'default' });
    expect(auto.purchaseModel.params).toEqual(out.purchaseModel.params);
    // The plain text says which model and why, and proposes the holdout with what it is for.
    const plain = (lang: string) =>
      onSample('run', '--dataset', '1', '--model', 'clv', '--spec', file, '--lang', lang).stdout;
    const en = plain('en');
    expect(en).toContain('Purchases are predicted with Pareto/NBD, as the settings ask ("purchaseModel").');
    expect(en).toContain(
      'Proposed holdout: calibration to 1997-07-01, holdout to 1997-09-30 (the last third of the history;',
    );
    expect(en).toContain('checks their forecast against what customers really did');
    expect(en).toContain(`${out.churn.customers} valuable customers are at risk of churning`);
    const zh = plain('zh-CN');
    expect(zh).toContain('购买次数按设置（"purchaseModel"）由 Pareto/NBD 预测。');
    expect(zh).toContain('建议的验证期：校准期至 1997-07-01，验证期至 1997-09-30');
    expect(zh).toContain('  高价值 · 活跃\t');
    expect(zh).toMatch(/^分群 #\d+ CLV · value × activity · CDNOW_sample：2357 位客户\n/);
    expect(zh).not.toMatch(/Purchases|customers|Proposed|run #/);
  });

  it('refuses settings and data that cannot give a value, with exact codes, and stores no run', () => {
    expect(runClv(spec('pct', { margin: 30 })).stderr).toMatch(
      /^error: E_BAD_SPEC: .*margin: give the margin as a share/,
    );
    expect(runClv(spec('early', { calibrationEnd: '1996-12-31' })).stderr).toMatch(/^error: E_TOO_FEW_CUSTOMERS: /);
    // Two weeks of calibration: too few customers have bought again.
    expect(runClv(spec('short', { calibrationEnd: '1997-01-02' })).stderr).toMatch(/^error: E_TOO_FEW_REPEAT: /);
    expect(runClv(spec('order', { calibrationEnd: '1997-09-30', holdoutEnd: '1997-09-01' })).stderr).toMatch(
      /^error: E_BAD_SPEC: .*holdoutEnd/,
    );
    expect(runClv(spec('model', { purchaseModel: 'weibull' })).stderr).toMatch(/^error: E_BAD_SPEC: .*purchaseModel/);
    expect(runClv(spec('churn', { churn: { alive: 1.5, top: 0.2 } })).stderr).toMatch(/^error: E_BAD_SPEC: .*churn/);
    // Only the runs of the tests before are stored (one with a holdout, four without).
    expect(JSON.parse(cli('workspace', 'info', sample, '--json').stdout).runs).toHaveLength(5);
    // The churn-risk list of a run that has none (RFM), and a list there is not: nothing is written.
    const rfm = JSON.parse(onSample('run', '--dataset', '1', '--json').stdout).runId;
    const target = join(dir, 'none.csv');
    const only = (run: number, list: string, lang: string) =>
      onSample('export', '--run', String(run), '--format', 'csv', '--only', list, '--lang', lang, '--out', target);
    expect(only(rfm, 'churn-risk', 'en').stderr).toBe(
      'error: E_BAD_SPEC: This run has no churn-risk list: only a lifetime-value (CLV) run makes one, and runs made before the list existed do not have it. Export all its customers, or make a new CLV run.\n',
    );
    expect(only(rfm, 'churn-risk', 'zh-CN').stderr).toMatch(
      /^error: E_BAD_SPEC: 该分群没有流失风险名单：只有客户终身价值（CLV）分群才会生成/,
    );
    expect(only(1, 'vip', 'en').stderr).toBe('error: E_USAGE: --only takes churn-risk, got "vip"\n');
    expect(
      onSample('export', '--run', '1', '--format', 'csv', '--summary', '--only', 'churn-risk', '--out', target).stderr,
    ).toBe('error: E_USAGE: --only picks members: use it with --format csv or xlsx, without --summary\n');
    expect(existsSync(target)).toBe(false);
  }, 180_000);

  it('analyze --model clv (in Chinese): members.csv holds the next purchase and the churn risk in words, as the run has them', () => {
    const out = join(dir, 'analysis');
    const r = cli(
      'analyze',
      sharedData('CDNOW_sample.txt'),
      '--model',
      'clv',
      '--spec',
      spec('analyze', { calibrationEnd: '1997-09-30' }),
      '--lang',
      'zh-CN',
      '--out',
      out,
      '--no-pdf',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const { workspace, runId } = JSON.parse(r.stdout);
    const members = JSON.parse(cliOn(workspace)('members', '--run', String(runId), '--json').stdout) as Member[];
    const [header, ...rows] = csvCells(join(out, 'members.csv'));
    const next = header.indexOf('预计下次购买日期');
    const risk = header.indexOf('流失风险');
    expect([next, risk].every((at) => at > 0)).toBe(true);
    expect(rows).toHaveLength(members.length);
    const byId = new Map(members.map((m) => [String(m.customerId), m]));
    for (const row of rows) {
      const m = byId.get(row[0])!;
      expect(row[next]).toBe(m.nextPurchaseBy ?? '12 个月内预计不会购买');
      expect(row[risk]).toBe(m.churnRisk ? '是' : '否');
    }
    expect(rows.filter((row) => row[risk] === '是').length).toBeGreaterThan(0);
  }, 180_000);

  /** A CLV run on a whole file imported into a workspace of its own: the run's JSON and the workspace's CLI. */
  const realRun = (name: string, file: string, map: string, settings: object) => {
    const ws = join(dir, `${name}.segdesk`);
    cliWorkspaceWith(ws, sharedData(file), 'transactions', map, '--policy', 'duplicate_row=keep');
    const on = cliOn(ws);
    const r = on('run', '--dataset', '1', '--model', 'clv', '--spec', spec(name, settings), '--json');
    expect(r.stderr, file).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(out.customers);
    expect(out.repeatCustomers).toBeGreaterThan(out.customers * 0.3);
    for (const v of [out.gammaGamma.p, out.gammaGamma.q, out.gammaGamma.gamma]) expect(v).toBeGreaterThan(0);
    // With a holdout all three models are fitted, each with its holdout errors.
    expect(out.models.map((m: { kind: string }) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    for (const m of out.models) expect(m.holdout.actual).toBe(out.holdout.actual);
    // The forecast of holdout purchases is of the right size (within 30 % of what happened).
    expect(Math.abs(out.holdout.relativeError)).toBeLessThan(0.3);
    return { out, on };
  };

  it('on CDNOW master (23,570 customers, calibration to 1997-09-30, holdout to 1998-06-30): the three models by holdout error, the chosen one the smallest; the churn-risk list exported', () => {
    const cal = '1997-09-30';
    const { out, on } = realRun(
      'master',
      'CDNOW_master.txt',
      'customerId=customer_id,orderDate=date,amount=dollar_value,quantity=number_of_cds',
      { calibrationEnd: cal, holdoutEnd: '1998-06-30' },
    );
    expect(out.customers).toBe(23570);
    // Holdout purchases counted from the file: purchase days after the calibration end, to the
    // holdout end, of customers who had bought by the calibration end.
    const end = Date.parse(cal) / DAY;
    const holdoutEnd = Date.parse('1998-06-30') / DAY;
    const rows = cdnowRows('CDNOW_master.txt', 0, 1, 3).raw;
    const firstDay = new Map<number, number>();
    for (const x of rows) firstDay.set(Number(x.id), Math.min(firstDay.get(Number(x.id)) ?? Infinity, x.day));
    const days = new Map<number, Set<number>>();
    for (const x of rows)
      if (x.day > end && x.day <= holdoutEnd && firstDay.get(Number(x.id))! <= end)
        days.set(Number(x.id), (days.get(Number(x.id)) ?? new Set()).add(x.day));
    const holdout = [...days.values()].reduce((n, d) => n + d.size, 0);
    expect(out.holdout.actual).toBe(holdout);
    // The mean absolute errors per customer (Pareto/NBD 0.7938, BG/NBD 0.8187, MBG/NBD 0.7945):
    // chosen by the holdout is the smallest, Pareto/NBD.
    const mae = Object.fromEntries(
      out.models.map((m: { kind: string; holdout: { mae: number } }) => [m.kind, m.holdout.mae]),
    );
    expect(mae.pareto).toBeCloseTo(0.7938, 4);
    expect(mae.bgnbd).toBeCloseTo(0.8187, 4);
    expect(mae.mbgnbd).toBeCloseTo(0.7945, 4);
    const smallest = out.models.reduce((a: { holdout: { mae: number } }, b: { holdout: { mae: number } }) =>
      b.holdout.mae < a.holdout.mae ? b : a,
    );
    expect(out.purchaseModel).toMatchObject({ kind: smallest.kind, chosenBy: 'holdout' });
    expect(out.purchaseModel.kind).toBe('pareto');
    expect(out.purchaseModel.params).toEqual(out.models[0].params);
    expect(out.holdout).toEqual(out.models[0].holdout);
    // CDNOW's customers do drop out: BG/NBD's a and b are positive, and there is no no-dropout warning.
    expect(out.warnings.some((w: { code: string }) => w.code === 'noDropout')).toBe(false);
    expect(out.models[1].params.a).toBeGreaterThan(0);
    expect(out.models[1].params.b).toBeGreaterThan(0);
    const members = JSON.parse(on('members', '--run', String(out.runId), '--json').stdout) as Member[];
    expect(members).toHaveLength(23570);
    for (const m of members)
      expect(m.holdoutPurchases, String(m.customerId)).toBe(days.get(Number(m.customerId))?.size ?? 0);
    checkChurnAndNextPurchase(out, members, pastRevenue('CDNOW_master.txt', 0, 3, cal));
    // `export --only churn-risk`: exactly the customers on the list, all marked at risk.
    const csv = join(dir, 'churn-risk.csv');
    expect(
      on('export', '--run', String(out.runId), '--format', 'csv', '--only', 'churn-risk', '--lang', 'en', '--out', csv)
        .stderr,
    ).toBe('');
    const [header, ...lines] = csvCells(csv);
    const risk = header.indexOf('At risk of churning');
    expect(lines.map((l) => l[0]).sort()).toEqual(
      members
        .filter((m) => m.churnRisk)
        .map((m) => String(m.customerId))
        .sort(),
    );
    expect(new Set(lines.map((l) => l[risk]))).toEqual(new Set(['yes']));
  }, 180_000);

  it('on Online Retail (calibration to 2011-09-30, holdout to 2011-12-09) with BG/NBD: the no-dropout limit, said as a warning', () => {
    const { out } = realRun(
      'retail',
      'online_retail_uci.csv.gz',
      'customerId=CustomerID,orderId=InvoiceNo,orderDate=InvoiceDate,quantity=Quantity,unitPrice=UnitPrice',
      { calibrationEnd: '2011-09-30', holdoutEnd: '2011-12-09', purchaseModel: 'bgnbd' },
    );
    expect(out.purchaseModel).toMatchObject({ kind: 'bgnbd', chosenBy: 'user' });
    const bg = out.purchaseModel.params;
    for (const v of [bg.r, bg.alpha]) expect(v).toBeGreaterThan(0);
    // Online Retail's ten calibration months show no sign of customers leaving: BG/NBD's fit is the
    // model's no-dropout limit, a = b = 0 exactly, said as a warning.
    expect(out.warnings.some((w: { code: string }) => w.code === 'noDropout')).toBe(true);
    expect([bg.a, bg.b]).toEqual([0, 0]);
    expect(out.models[1].noDropout).toBe(true);
  }, 300_000);
});
