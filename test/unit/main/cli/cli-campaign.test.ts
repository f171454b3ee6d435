import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/main/engine/cluster/seeded-random';
import {
  chiSquare2x2,
  twoProportionZTest,
  upliftInterval,
  welchTTest,
} from '../../../../src/main/engine/stats/ab-test';
import { cli, cliAnalyzeEn, cliOn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

describe('segmentdesk campaign and sample-size', () => {
  const dir = tempDir('segdesk-cli-campaign-');
  const out = join(dir, 'analysis');
  const workspace = join(out, 'analysis.segdesk');
  let members: { customerId: string; segment: string }[] = [];
  beforeAll(() => {
    expect(cliAnalyzeEn(sharedData('rfm_data_orders.csv'), out, '--model', 'rfm', '--json').code).toBe(0);
    members = JSON.parse(cli('members', '--workspace', workspace, '--run', '1', '--json').stdout);
  });

  it('per segment: response rates, uplift and its interval, z-test and chi-square, revenue by Welch — the counts as in the file', () => {
    // A seeded campaign: half the customers in test, response 8 % in control and 20 % in test, revenue for responders.
    const random = seededRandom(3);
    const rows = members.map((m) => {
      const test = random() < 0.5;
      const responded = random() < (test ? 0.2 : 0.08) * (m.segment === 'Champions' ? 2 : 1);
      return {
        id: m.customerId,
        group: test ? 'test' : 'control',
        responded,
        revenue: responded ? Math.round(2000 + random() * 8000) / 100 : 0,
      };
    });
    const file = join(dir, 'campaign.csv');
    writeFileSync(
      file,
      `customer_id,group,responded,revenue\n${rows.map((r) => `"${r.id}",${r.group},${r.responded ? 1 : 0},${r.revenue}`).join('\n')}\n`,
    );
    const r = cli('campaign', '--workspace', workspace, '--run', '1', '--results', file, '--json');
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.unmatched).toBe(0);
    const segmentOf = new Map(members.map((m) => [m.customerId, m.segment]));
    for (const [name, key] of [
      ['Champions', 'champions'],
      ['Lost', 'lost'],
      [null, '(all)'],
    ] as const) {
      const inGroup = rows.filter((x) => name === null || segmentOf.get(x.id) === name);
      const t = inGroup.filter((x) => x.group === 'test');
      const c = inGroup.filter((x) => x.group === 'control');
      const test = { responders: t.filter((x) => x.responded).length, customers: t.length };
      const control = { responders: c.filter((x) => x.responded).length, customers: c.length };
      const s = result.segments.find((x: { segment: string }) => x.segment === key);
      expect([s.test.customers, s.test.responders, s.control.customers, s.control.responders], key).toEqual([
        test.customers,
        test.responders,
        control.customers,
        control.responders,
      ]);
      expect(s.uplift).toBeCloseTo(test.responders / test.customers - control.responders / control.customers, 12);
      expect(s.upliftCi).toEqual(upliftInterval(test, control));
      expect(s.zTest).toEqual(twoProportionZTest(test, control));
      expect(s.chiSquare).toEqual(chiSquare2x2(test, control));
      expect(s.zTest.p).toBeCloseTo(s.chiSquare.p, 10); // on a 2 × 2 table chi-square is z squared
      const w = welchTTest(
        t.map((x) => x.revenue),
        c.map((x) => x.revenue),
      );
      expect(s.revenue.t).toBeCloseTo(w.t, 10);
      expect(s.revenue.p).toBeCloseTo(w.p, 10);
    }
    // Kept with the run (--save), it goes into the run's report.
    expect(cli('campaign', '--workspace', workspace, '--run', '1', '--results', file, '--save', '--json').stderr).toBe(
      '',
    );
    const html = join(dir, 'report.html');
    expect(
      cli('export', '--workspace', workspace, '--run', '1', '--format', 'html', '--lang', 'en', '--out', html).stderr,
    ).toBe('');
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('<h2>Campaign results</h2><h3>campaign.csv</h3>');
    const champ = result.segments.find((x: { segment: string }) => x.segment === 'champions');
    expect(report).toContain(`(${champ.test.responders}/${champ.test.customers})`);

    // The campaign worked overall: the uplift's interval is above zero, p < 0.05.
    const all = result.segments.find((x: { segment: string }) => x.segment === '(all)');
    expect(all.upliftCi[0]).toBeGreaterThan(0);
    expect(all.zTest.p).toBeLessThan(0.05);
  });

  it('reads Chinese headers and values (客户ID, 分组 实验/对照, 是否转化 是/否), and refuses bad files with exact codes', () => {
    const file = join(dir, '活动.csv');
    const ids = members.slice(0, 40).map((m) => m.customerId);
    writeFileSync(
      file,
      `客户ID,分组,是否转化\n${ids.map((id, i) => `"${id}",${i % 2 ? '实验' : '对照'},${i % 3 ? '否' : '是'}`).join('\n')}\n`,
    );
    const result = JSON.parse(
      cli('campaign', '--workspace', workspace, '--run', '1', '--results', file, '--json').stdout,
    );
    const all = result.segments.find((x: { segment: string }) => x.segment === '(all)');
    expect([all.test.customers, all.control.customers, all.test.responders + all.control.responders]).toEqual([
      20, 20, 14,
    ]);
    expect(all.revenue).toBeNull();

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `customer_id,group,responded\n"${ids[0]}",maybe,1\n`);
    expect(cli('campaign', '--workspace', workspace, '--run', '1', '--results', bad).stderr).toBe(
      'error: E_INVALID_INPUT: Row 1: the group "maybe" is neither test nor control.\n',
    );
    writeFileSync(bad, `customer_id,group\n"${ids[0]}",test\n`);
    expect(cli('campaign', '--workspace', workspace, '--run', '1', '--results', bad).stderr).toMatch(
      /^error: E_MISSING_ROLE: Name the campaign file's column for: responded/,
    );
    writeFileSync(bad, `customer_id,group,responded\n"${ids[0]}",test,1\n"${ids[0]}",control,0\n`);
    expect(cli('campaign', '--workspace', workspace, '--run', '1', '--results', bad).stderr).toMatch(
      /^error: E_INVALID_INPUT: Customer .* appears twice/,
    );
  });

  it('control-group: a seeded control within each chosen segment, the same lists again for the same seed, two CSV files', () => {
    const keys = ['champions', 'lost'];
    const draw = (seed: string, folder: string) => {
      const r = cliOn(workspace)(
        'control-group',
        '--run',
        '1',
        '--segments',
        keys.join(','),
        '--share',
        '0.3',
        '--seed',
        seed,
        '--out',
        join(dir, folder),
        '--json',
      );
      expect(r.stderr).toBe('');
      const lists = Object.fromEntries(
        ['test', 'control'].map((side) => [
          side,
          readFileSync(join(dir, folder, `${side}.csv`), 'utf8')
            .trim()
            .split('\r\n')
            .slice(1),
        ]),
      );
      return { summary: JSON.parse(r.stdout), lists };
    };
    const a = draw('7', 'a');
    const b = draw('7', 'b');
    const c = draw('8', 'c');
    expect(b.lists).toEqual(a.lists);
    expect(c.lists.control).not.toEqual(a.lists.control);
    for (const key of keys) {
      const name = key === 'champions' ? 'Champions' : 'Lost';
      const size = members.filter((m) => m.segment === name).length;
      const s = a.summary.segments.find((x: { segment: string }) => x.segment === key);
      expect([s.test + s.control, s.control]).toEqual([size, Math.round(0.3 * size)]);
      expect(a.lists.control.filter((line: string) => line.endsWith(`,${key}`))).toHaveLength(s.control);
    }
    // Nobody is in both lists, and only the chosen segments' customers are drawn.
    const ids = (lines: string[]) => lines.map((l) => l.split(',')[0]);
    expect(ids(a.lists.test).filter((id) => ids(a.lists.control).includes(id))).toEqual([]);
    expect(a.lists.test.length + a.lists.control.length).toBe(
      members.filter((m) => m.segment === 'Champions' || m.segment === 'Lost').length,
    );
    expect(
      cli('control-group', '--workspace', workspace, '--run', '1', '--segments', 'nope', '--out', join(dir, 'd'))
        .stderr,
    ).toMatch(/^error: E_USAGE: --segments: no segment nope in run 1/);
  });

  it('sample-size: 5 % → 6 % at α 0.05 and power 0.8 needs 8,143 per group (statsmodels NormalIndPower)', () => {
    expect(
      JSON.parse(
        cli('sample-size', '--baseline', '0.05', '--uplift', '0.01', '--alpha', '0.05', '--power', '0.8', '--json')
          .stdout,
      ),
    ).toMatchObject({ perGroup: 8143, total: 16286 });
    expect(cli('sample-size', '--baseline', '5', '--uplift', '0.01')).toMatchObject({
      code: 2,
      stderr: 'error: E_USAGE: --baseline takes a share between 0 and 1 (0.05 for 5 %), got "5"\n',
    });
  });
});
