import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../../../src/shared/overview';
import { cli, cliOn, cliWith } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

const workspace = join(tempDir(), 'overview.segdesk');
const on = cliOn(workspace);

/** rfm_data_orders.csv read directly: 4,906 orders (one per row) of 2001-10-29 … 2006-12-30. */
function between(from: string, until: string) {
  const rows = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1);
  const inside = rows.map((r) => r.split(',')).filter(([, day]) => day >= from && day <= until);
  return {
    orders: inside.length,
    revenue: inside.reduce((s, [, , revenue]) => s + Number(revenue), 0),
    active: new Set(inside.map(([id]) => id)).size,
  };
}

beforeAll(() => {
  expect(cli('workspace', 'create', workspace).code).toBe(0);
  expect(cli('import', sharedData('rfm_data_orders.csv'), '--workspace', workspace, '--json').code).toBe(0);
}, 60_000);

describe('segmentdesk overview', () => {
  it('--json prints the Overview: by default the last 12 months against the 12 before', () => {
    const r = on('overview', '--dataset', '1', '--json');
    expect(r.stderr).toBe('');
    const o = JSON.parse(r.stdout) as Overview;
    expect(o.data).toEqual({ from: '2001-10-29', until: '2006-12-30' });
    expect(o.period).toEqual({ from: '2005-12-31', until: '2006-12-30' });
    expect(o.previous).toEqual({ from: '2004-12-31', until: '2005-12-30' });
    const now = between('2005-12-31', '2006-12-30');
    const before = between('2004-12-31', '2005-12-30');
    const figure = (key: string) => o.figures.find((f) => f.key === key)!;
    expect(figure('orders')).toEqual({ key: 'orders', value: now.orders, previous: before.orders });
    expect(figure('activeCustomers')).toEqual({ key: 'activeCustomers', value: now.active, previous: before.active });
    expect(figure('revenue').value).toBeCloseTo(now.revenue, 6);
    expect(o.trend).toHaveLength(13); // December 2005 (one day) … December 2006
    expect(o.cohorts!.map((c) => c.month)[0]).toBe('2005-12');
    // Days are UTC calendar days: the same Overview on a machine 14 hours ahead or 10 behind.
    for (const TZ of ['Pacific/Kiritimati', 'Pacific/Honolulu'])
      expect(cliWith({ TZ }, 'overview', '--workspace', workspace, '--dataset', '1', '--json').stdout).toBe(r.stdout);
  });

  it('--from / --until give a range; without --json a short summary, in Chinese with --lang zh-CN', () => {
    const range = between('2006-01-01', '2006-06-30');
    const r = on('overview', '--dataset', '1', '--from', '2006-01-01', '--until', '2006-06-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2006-01-01 – 2006-06-30');
    expect(r.stdout).toContain(`  Orders\t${range.orders.toLocaleString('en')}\t`);
    const zh = on('overview', '--dataset', '1', '--last12', '--lang', 'zh-CN');
    expect(zh.stdout).toContain(`  订单数\t${between('2005-12-31', '2006-12-30').orders.toLocaleString('en')}\t`);
    expect(zh.stdout).toContain('复购率');
    // The findings' titles, in the summary's language, each with its next step.
    const findings = (JSON.parse(on('overview', '--dataset', '1', '--last12', '--json').stdout) as Overview).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(zh.stdout.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(findings.length);
    expect(zh.stdout).toContain('发现（--json 给出其中的数字）：');
  });

  it('refuses a day that is not one, two periods at once, a customers dataset', () => {
    const bad = on('overview', '--dataset', '1', '--from', '2006-02-30');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^error: E_USAGE: --from takes a day as YYYY-MM-DD/);
    expect(on('overview', '--dataset', '1', '--from', '2006-01-01', '--last12').stderr).toMatch(/E_USAGE/);
    expect(cli('import', sharedData('Mall_Customers.csv'), '--workspace', workspace, '--json').code).toBe(0);
    expect(on('overview', '--dataset', '2').stderr).toMatch(/^error: E_OVERVIEW_NEEDS_ORDERS: /);
  });
});
