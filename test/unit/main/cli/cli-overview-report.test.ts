import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliOn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';
import { squash } from '../../../e2e/pdf-pages';

const dir = tempDir('segdesk-cli-overview-report-');
const workspace = join(dir, 'orders.segdesk');
const on = cliOn(workspace);

/** rfm_data_orders.csv read directly: its orders (one a row) and revenue between two days, both included. */
function between(from: string, until: string) {
  const rows = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1);
  const inside = rows.map((r) => r.split(',')).filter(([, day]) => day >= from && day <= until);
  return { orders: inside.length, revenue: inside.reduce((s, [, , revenue]) => s + Number(revenue), 0) };
}

beforeAll(() => {
  expect(cli('workspace', 'create', workspace).code).toBe(0);
  expect(cli('import', sharedData('rfm_data_orders.csv'), '--workspace', workspace, '--json').code).toBe(0);
}, 60_000);

describe('segmentdesk overview --report', () => {
  it('writes the Overview-only report as PDF: the last 12 months against the 12 before, figures with their change', () => {
    const pdf = join(dir, 'overview.pdf');
    const r = on('overview', '--dataset', '1', '--report', pdf, '--lang', 'en', '--client', 'Acme');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^wrote ${pdf} \\(\\d+ bytes\\)\\n$`));
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    // 2005-12-31 … 2006-12-30 against 2004-12-31 … 2005-12-30, counted here from the file.
    const now = between('2005-12-31', '2006-12-30');
    const before = between('2004-12-31', '2005-12-30');
    const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    const change = new Intl.NumberFormat('en', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    for (const words of [
      'Business overview report',
      'Prepared for Acme',
      '2005-12-31 to 2006-12-30 (365 days), compared with the same length of time before: 2004-12-31 to 2005-12-30.',
      'How the overview is made',
    ])
      expect(text).toContain(squash(words));
    // The key figures' table, row by row as laid out.
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const [orders, was, by] = [now.orders, before.orders, (now.orders - before.orders) / before.orders];
    expect(layout).toMatch(
      new RegExp(`\\n\\s*Orders\\s+${int.format(orders)}\\s+${int.format(was)}\\s+${change.format(by)}\\n`),
    );
  });

  it('as HTML with a title, in Chinese; refuses another extension, and an existing file without --force', () => {
    const html = join(dir, 'overview.html');
    expect(
      on('overview', '--dataset', '1', '--report', html, '--lang', 'zh-CN', '--title', '年度概览', '--json').code,
    ).toBe(0);
    const doc = readFileSync(html, 'utf8');
    expect(doc).toContain('<h1>年度概览</h1>');
    expect(doc).toContain('<h2>业务概览</h2>');
    const again = on('overview', '--dataset', '1', '--report', html);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('E_FILE_EXISTS');
    expect(on('overview', '--dataset', '1', '--report', html, '--force').code).toBe(0);
    const docx = on('overview', '--dataset', '1', '--report', join(dir, 'overview.docx'));
    expect(docx.stderr).toBe(
      'error: E_USAGE: --report writes .html or .pdf, got "' + join(dir, 'overview.docx') + '"\n',
    );
    expect(existsSync(join(dir, 'overview.docx'))).toBe(false);
  });
});
