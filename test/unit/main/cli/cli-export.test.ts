import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../../src/main/cli/find-chromium';
import { cliWith } from '../../../helpers/cli';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

/** The CLI with no Chromium named in the environment (`env` over that). */
const cliNoChromium = (env: Record<string, string>, ...args: string[]) =>
  cliWith({ SEGMENTDESK_CHROMIUM: '', ...env }, ...args);
const cli = (...args: string[]) => cliNoChromium({}, ...args);

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('segmentdesk analyze and export', () => {
  const dir = tempDir('segdesk-cli-export-');

  it('analyze: one command from an orders file to members.csv, summary.csv, report.html and report.pdf', () => {
    const out = join(dir, 'x');
    const r = cli(
      'analyze',
      sharedData('rfm_data_orders.csv'),
      '--model',
      'rfm',
      '--out',
      out,
      '--lang',
      'en',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const done = JSON.parse(r.stdout);
    expect(done).toMatchObject({
      kind: 'transactions',
      why: { reason: 'idsRepeat', columns: ['customer_id'] },
      customers: 995,
      runId: 1,
      pdf: true,
      files: ['members.csv', 'summary.csv', 'report.html', 'report.pdf'].map((f) => join(out, f)),
    });
    expect(done.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(995);
    const members = readFileSync(join(out, 'members.csv'), 'utf8').split('\r\n');
    expect(members[0]).toBe(
      '\uFEFFCustomer ID,Segment,Days since last purchase,Purchases,Spend (USD),R score,F score,M score,First purchase,Last purchase,Days as a customer,Order value (USD),Days between orders',
    );
    expect(members).toHaveLength(995 + 2);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')[1]).toMatch(/^Champions,158,/);
    const text = pdfText(join(out, 'report.pdf'));
    expect(text).toContain('Customer segmentation report');
    expect(text).toContain('995 customers in 12 segments');
    expect(text).toMatch(/Revenue\s+\$?464,158\.00/);
    expect(text).toMatch(/\s2 ?\/ ?1\d\s/); // page numbers: page 2 of 10 and more (the Overview's pages first)
    // The report carries the Overview right after the executive summary, before the segments.
    const at = (words: string) => text.indexOf(words, text.indexOf('Contents') + 200);
    expect(at('Business overview')).toBeGreaterThan(0);
    expect(at('Business overview')).toBeLessThan(at('Who brings the revenue?'));
    expect(at('Who brings the revenue?')).toBeLessThan(at('Segment overview'));
  });

  it('analyze says which kind the file was taken for and why, as import and inspect do; --no-pdf writes no PDF and says nothing of a printer', () => {
    const r = cli('analyze', sharedData('rfm_data_orders.csv'), '--out', join(dir, 'kind'), '--lang', 'en', '--no-pdf');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, 'kind', 'report.html'))).toBe(true);
    expect(existsSync(join(dir, 'kind', 'report.pdf'))).toBe(false);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'transactions: Taken for order lines: customer ids repeat (customer_id).',
      '995 customers in 12 segments',
    ]);
    const inspected = cli('inspect', sharedData('rfm_data_orders.csv')).stdout.split('\n')[1];
    expect(inspected).toBe('  transactions: Taken for order lines: customer ids repeat (customer_id).');
  });

  it('export: members (chosen segments, columns, GBK) and summary XLSX, report HTML and PDF; exact errors', async () => {
    const workspace = join(dir, 'x', 'analysis.segdesk');
    /** `export --workspace <workspace> --run 1 …args`, with `env` over the environment. */
    const exportRun = (env: Record<string, string>, ...args: string[]) =>
      cliNoChromium(env, 'export', '--workspace', workspace, '--run', '1', ...args);
    const gbk = join(dir, 'lost.csv');
    const members = exportRun(
      {},
      '--format',
      'csv',
      '--segments',
      'lost,有流失风险',
      '--columns',
      'customerId,segment,monetary,email',
      '--mask',
      'email',
      '--encoding',
      'gbk',
      '--delimiter',
      'tab',
      '--lang',
      'zh-CN',
      '--out',
      gbk,
      '--json',
    );
    expect(members.stderr).toBe('');
    expect(JSON.parse(members.stdout)).toMatchObject({ path: gbk, rows: 147 + 84, replaced: 0 });
    const lines = new TextDecoder('gbk').decode(readFileSync(gbk)).split('\r\n');
    expect(lines[0]).toBe('客户编号\t客户分群\t消费金额（USD）\temail');
    expect(lines.filter((l) => l.includes('\t已流失\t'))).toHaveLength(147);
    expect(lines[1]).toMatch(/^[^\t]+\t(已流失|有流失风险)\t\d+\t\S\*\*\*@rfmail\.com$/);

    const xlsx = join(dir, 'summary.xlsx');
    expect(exportRun({}, '--format', 'xlsx', '--summary', '--lang', 'en', '--out', xlsx).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary']);
    expect(book.worksheets[0].getCell('A14').value).toBe('All customers');
    expect(book.worksheets[0].getCell('B14').value).toBe(995);

    const html = join(dir, 'report-zh.html');
    expect(exportRun({}, '--format', 'html', '--lang', 'zh-CN', '--out', html).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<title>客户分群报告 · RFM · 11 · rfm_data_orders</title>');
    // Printed by a Chromium that sees no CJK font on the machine (only Latin ones): the report's embedded font draws the Chinese.
    const latinOnly = join(dir, 'latin-fonts.conf');
    const fontDirs = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter(existsSync);
    writeFileSync(
      latinOnly,
      `<?xml version="1.0"?>\n<fontconfig>${fontDirs.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`,
    );
    const pdf = join(dir, 'report-letter.pdf');
    expect(
      exportRun({ FONTCONFIG_FILE: latinOnly }, '--format', 'pdf', '--paper', 'letter', '--lang', 'zh-CN', '--out', pdf)
        .code,
    ).toBe(0);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pdfText(pdf)).toContain('客户分群报告');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSansSC');
    expect(fonts).not.toMatch(/NotoSansCJK|WenQuanYi|DroidSansFallback|AR ?PL/i);

    const noPrinter = exportRun(
      {},
      '--format',
      'pdf',
      '--chromium',
      join(dir, 'no-chrome'),
      '--out',
      join(dir, 'r.pdf'),
    );
    expect(noPrinter.code).toBe(1);
    expect(noPrinter.stderr).toMatch(/^error: E_NO_PRINTER: No Chrome or Chromium at /);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    expect(exportRun({}, '--format', 'docx', '--out', join(dir, 'r.docx')).stderr).toBe(
      'error: E_USAGE: --format takes csv, xlsx, html, pdf or sql, got "docx"\n',
    );
    expect(exportRun({}, '--format', 'csv', '--segments', 'vip', '--out', join(dir, 'r.csv')).stderr).toMatch(
      /^error: E_USAGE: --segments: this run has no segment "vip" \(it has champions, loyal, /,
    );
    expect(exportRun({}, '--format', 'csv', '--encoding', 'latin1', '--out', join(dir, 'r.csv')).stderr).toMatch(
      /^error: E_USAGE: invalid encoding: /,
    );
  });

  it('export: the report’s title, client, author, logo and sections from flags; the technical appendix on request; exact errors', () => {
    const workspace = join(dir, 'x', 'analysis.segdesk');
    const report = (...args: string[]) =>
      cli('export', '--workspace', workspace, '--run', '1', '--format', 'html', '--lang', 'en', ...args);
    const html = join(dir, 'titled.html');
    const logo = join(repoRoot, 'test', 'fixtures', 'report-logo.svg');
    const flags = ['--title', 'Customers 2006', '--client', 'Acme Gifts', '--author', 'Jo Bloggs', '--logo', logo];
    expect(report(...flags, '--sections', 'summary,segments,method', '--technical', '--out', html).code).toBe(0);
    const doc = readFileSync(html, 'utf8');
    expect(doc).toContain('<title>Customers 2006 · RFM · 11 · rfm_data_orders</title>');
    expect(doc).toContain(
      `<img class="logo" src="data:image/svg+xml;base64,${readFileSync(logo).toString('base64')}" alt="">`,
    );
    expect(doc).toContain('<dt>Prepared for</dt><dd>Acme Gifts</dd><dt>Prepared by</dt><dd>Jo Bloggs</dd>');
    expect(doc).toContain('<h2>Executive summary</h2>');
    // The Overview's pages come with every report, right after the executive summary.
    expect(
      [...doc.matchAll(/<section id="part-\d+"[^>]*>(?:<div class="keep">)?<h2>(.*?)<\/h2>/g)].map((m) => m[1]),
    ).toEqual([
      'Business overview',
      'Do customers come back?',
      'Who brings the revenue?',
      'Segment overview',
      'Method and parameters',
      'Technical appendix: the run’s settings',
    ]);
    expect(doc).toContain('<pre>{\n &quot;model&quot;: &quot;rfm&quot;');
    // Without flags: the settings kept with the run (none here: the CLI opens the workspace read-only), so all
    // sections and no JSON.
    const plain = join(dir, 'plain.html');
    expect(report('--out', plain).code).toBe(0);
    const all = readFileSync(plain, 'utf8');
    expect(all.match(/<section id="part-\d+"/g)).toHaveLength(11);
    expect(all).not.toContain('<pre>');
    expect(all).not.toContain('Acme Gifts');

    expect(report('--sections', 'summary,appendix', '--out', join(dir, 'r.html')).stderr).toBe(
      'error: E_USAGE: --sections: no section "appendix" (there are summary, segments, charts, personas, method, quality, definitions)\n',
    );
    const notImage = join(dir, 'logo.png');
    writeFileSync(notImage, 'customer_id,revenue\n1,2\n');
    expect(report('--logo', notImage, '--out', join(dir, 'r.html')).stderr).toBe(
      'error: E_BAD_LOGO: The logo is not a PNG, JPEG or SVG image\n',
    );
    const big = join(dir, 'big.svg');
    writeFileSync(big, `<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(600 * 1024)}--></svg>`);
    expect(report('--logo', big, '--out', join(dir, 'r.html')).stderr).toMatch(
      /^error: E_BAD_LOGO: The logo is \d+ bytes; a logo may be at most 524288 bytes\n$/,
    );
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });
});

describe('finding a Chromium to print with', () => {
  it('takes the named one, then SEGMENTDESK_CHROMIUM, then the usual places; none is null', () => {
    const linux = chromiumCandidates('linux', {});
    expect(linux[0]).toBe('/usr/bin/chromium');
    expect(chromiumCandidates('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
    const only = (path: string) => (p: string) => p === path;
    expect(findChromium(undefined, {}, 'linux', only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium(undefined, { SEGMENTDESK_CHROMIUM: '/opt/chrome' }, 'linux', only('/opt/chrome'))).toBe(
      '/opt/chrome',
    );
    expect(findChromium('/my/chrome', { SEGMENTDESK_CHROMIUM: '/opt/chrome' }, 'linux', only('/my/chrome'))).toBe(
      '/my/chrome',
    );
    expect(findChromium(undefined, {}, 'linux', () => false)).toBeNull();
    expect(() => findChromium('/nowhere', {}, 'linux', () => false)).toThrow(
      expect.objectContaining({ code: 'E_NO_PRINTER' }),
    );
  });
});
