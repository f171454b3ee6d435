import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../../../src/shared/exports';
import { ordersRfmRun } from '../../../helpers/orders-rfm-run';
import { repoRoot, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let runId: number;
const dir = tempDir('segdesk-report-settings-');
const file = join(dir, 'kept.segdesk');
const svgLogo = join(repoRoot, 'test', 'fixtures', 'report-logo.svg');

beforeAll(async () => {
  t = createTestService();
  runId = (await ordersRfmRun(t.service, file)).run.id;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe("a run's report settings", () => {
  it('start as the defaults: every section, no title page text, no logo, no technical appendix', () => {
    expect(t.service.reportSettings(runId)).toEqual({
      title: '',
      client: '',
      author: '',
      logo: null,
      sections: ['summary', 'segments', 'charts', 'personas', 'method', 'quality', 'definitions'],
      technical: false,
    });
  });

  it('take a logo from the open dialog (checked by its content) and are kept with the run when the report is saved, across closing the workspace', async () => {
    t.dialogs.imageFile.push(svgLogo);
    const logo = await t.service.chooseLogo();
    expect(logo).toBe(`data:image/svg+xml;base64,${readFileSync(svgLogo).toString('base64')}`);
    // Cancelled: no logo.
    expect(await t.service.chooseLogo()).toBeNull();

    const settings: ReportSettings = {
      title: 'Orders 2006',
      client: 'Acme Gifts',
      author: '王伟',
      logo,
      sections: ['summary', 'charts'],
      technical: true,
    };
    t.dialogs.saveFile.push(join(dir, 'orders-report'));
    const saved = await t.service.exportReport(runId, 'html', { lang: 'en', paper: 'a4', settings });
    expect(saved?.fileName).toBe('orders-report.html');
    expect(readFileSync(join(dir, 'orders-report.html'), 'utf8')).toContain('<h1>Orders 2006</h1>');
    expect(t.service.reportSettings(runId)).toEqual(settings);

    await t.service.close();
    await t.service.openAt(file);
    expect(t.service.reportSettings(runId)).toEqual(settings);
    // A report made without settings uses those kept with the run.
    const html = await t.service.reportHtml(runId, { lang: 'en', paper: 'a4' });
    expect(html).toContain('<dt>Prepared for</dt><dd>Acme Gifts</dd>');
    // The two sections kept with the run, after the Overview's three parts (which every report has).
    expect(html.match(/<section id="part-\d+"/g)).toHaveLength(5);
  });

  it('refuse a logo that is not a PNG, JPEG or SVG, or is over 512 KB (E_BAD_LOGO); a PNG is told by its signature', async () => {
    const text = join(dir, 'logo.svg');
    writeFileSync(text, 'not an image');
    t.dialogs.imageFile.push(text);
    await expect(t.service.chooseLogo()).rejects.toMatchObject({
      code: 'E_BAD_LOGO',
      message: 'The logo is not a PNG, JPEG or SVG image',
    });
    const big = join(dir, 'big.png');
    writeFileSync(big, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(512 * 1024)]));
    t.dialogs.imageFile.push(big);
    await expect(t.service.chooseLogo()).rejects.toMatchObject({
      code: 'E_BAD_LOGO',
      details: { size: 512 * 1024 + 8 },
    });
    const png = join(dir, 'small.jpg');
    writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('IHDR')]));
    t.dialogs.imageFile.push(png);
    expect(await t.service.chooseLogo()).toBe('data:image/png;base64,iVBORw0KGgpJSERS');
  });

  it('cannot be saved with a logo that is not an image data: URI, nor for a run that does not exist', () => {
    expect(() =>
      t.service.saveReportSettings(runId, { ...DEFAULT_REPORT_SETTINGS, logo: 'data:text/html;base64,PHNjcmlwdD4=' }),
    ).toThrow(/PNG, JPEG or SVG data: URI/);
    expect(() => t.service.saveReportSettings(999, DEFAULT_REPORT_SETTINGS)).toThrow(/Run 999 does not exist/);
  });
});
