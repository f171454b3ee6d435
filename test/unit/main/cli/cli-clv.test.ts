import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliOn, cliWorkspaceWith, specWriter } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

const within = (got: number, want: number, relative: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(relative);

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

  it('on the CDNOW sample: the published BG/NBD and Gamma-Gamma fits, value segments, members with pAlive, expected purchases and value, CLV', () => {
    const file = spec('cdnow', {
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      timeUnit: 'weeks',
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
      timeUnit: 'weeks',
      customers: 2357,
      repeatCustomers: 946,
    });
    within(out.bgnbd.r, 0.243, 0.005);
    within(out.bgnbd.alpha, 4.414, 0.005);
    within(out.bgnbd.a, 0.793, 0.005);
    within(out.bgnbd.b, 2.426, 0.005);
    expect(Math.abs(out.bgnbd.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.1);
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
    expect(out.holdout.actual).toBeGreaterThan(0);
    // Revenue of the run counts the calibration period only (the run's analysis day is the day after it).
    const members = JSON.parse(onSample('members', '--run', String(out.runId), '--json').stdout) as Record<
      string,
      number | string
    >[];
    expect(members).toHaveLength(2357);
    expect(Object.keys(members[0])).toEqual(
      expect.arrayContaining([
        'pAlive',
        'expectedPurchases',
        'expectedValue',
        'clv',
        'repeatPurchases',
        'holdoutPurchases',
      ]),
    );
    // FHL's example customer (sample id 0001): x = 2, tₓ = 30.43, T = 38.86 weeks.
    const c1 = members.find((m) => Number(m.customerId) === 1)!;
    expect(c1.repeatPurchases).toBe(2);
    expect(c1.holdoutPurchases).toBe(1);
    expect(c1.pAlive as number).toBeGreaterThan(0.5);
    const sum = members.reduce((s, m) => s + (m.clv as number), 0);
    expect(sum).toBeCloseTo(out.totals.clv, 6);
    // The report names the method and both fits.
    const html = join(dir, 'clv.html');
    expect(
      onSample('export', '--run', String(out.runId), '--format', 'html', '--lang', 'en', '--out', html).stderr,
    ).toBe('');
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('BG/NBD model (Fader, Hardie &amp; Lee 2005)');
    expect(text).toContain(`r ${out.bgnbd.r.toFixed(4)}, α ${out.bgnbd.alpha.toFixed(4)}`);
    expect(text).toContain(`p ${out.gammaGamma.p.toFixed(4)}, q ${out.gammaGamma.q.toFixed(4)}`);
    expect(text).toContain('946 repeat buyers');
    // The validation charts, as in the app.
    expect(text).toContain(
      '<h3 class="chart-title">Holdout purchases per customer, by purchases in the calibration period</h3><svg ',
    );
    expect(text).toContain('Repeat purchases over time: made and expected');
    expect(text).toContain('Chance a customer is still active, P(alive)');
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
    // Only the run of the test before is stored.
    expect(JSON.parse(cli('workspace', 'info', sample, '--json').stdout).runs).toHaveLength(1);
  });

  it('on CDNOW master (23,570 customers) and Online Retail (calibration to 2011-09-30, holdout to 2011-12-09), end to end', () => {
    const files = [
      {
        file: 'CDNOW_master.txt',
        map: 'customerId=customer_id,orderDate=date,amount=dollar_value,quantity=number_of_cds',
        spec: { calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' },
        customers: 23570,
        dropout: true,
      },
      {
        file: 'online_retail_uci.csv.gz',
        map: 'customerId=CustomerID,orderId=InvoiceNo,orderDate=InvoiceDate,quantity=Quantity,unitPrice=UnitPrice',
        spec: { calibrationEnd: '2011-09-30', holdoutEnd: '2011-12-09' },
        customers: null,
        dropout: false,
      },
    ];
    files.forEach(({ file, map, spec: settings, customers, dropout }, k) => {
      const ws = join(dir, `clv-${k}.segdesk`);
      cliWorkspaceWith(ws, sharedData(file), 'transactions', map, '--policy', 'duplicate_row=keep');
      const r = cliOn(ws)('run', '--dataset', '1', '--model', 'clv', '--spec', spec(`real-${k}`, settings), '--json');
      expect(r.stderr, file).toBe('');
      const out = JSON.parse(r.stdout);
      expect(out.customers).toBe(customers || out.customers); // the count where the file's is known
      expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(out.customers);
      expect(out.repeatCustomers).toBeGreaterThan(out.customers * 0.3);
      for (const v of [out.bgnbd.r, out.bgnbd.alpha, out.gammaGamma.p, out.gammaGamma.q, out.gammaGamma.gamma])
        expect(v).toBeGreaterThan(0);
      // Online Retail's ten calibration months show no sign of customers leaving: the fit is the
      // model's no-dropout limit (a = b = 0, said as a warning), where CDNOW's customers do drop out.
      const noDropout = out.warnings.some((w: { code: string }) => w.code === 'noDropout');
      expect(noDropout, file).toBe(!dropout);
      // With dropout a and b are positive; without, both are exactly 0.
      expect([out.bgnbd.a, out.bgnbd.b].map((v: number) => (dropout ? v > 0 : v))).toEqual(
        dropout ? [true, true] : [0, 0],
      );
      // The forecast of holdout purchases is of the right size (within 30 % of what happened).
      expect(Math.abs(out.holdout.relativeError)).toBeLessThan(0.3);
    });
  });
});
