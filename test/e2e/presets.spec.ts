import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactOrders, type ContactFacts } from '../helpers/contact-orders';
import { contactOrdersRun } from '../helpers/contact-orders-run';
import { tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { englishWords } from './english-words';
import { openOrdersRfmRun } from './open-orders-rfm-run';
import { expect, test, type AppHarness } from './harness';
import { csvRows, expectedList, segmentMembers, sha256sumAll, type Expected } from './preset-expectations';

const n = (v: number) => v.toLocaleString('en-US');
const one = (v: number, single: string, many: string) => `${n(v)} ${v === 1 ? single : many}`;

/** The dialog's counts before saving, in English, written by hand from the expectation. */
function countsEn(e: Expected, id: 'email' | 'emailOrPhone', control = 0, excluded = 0): string {
  const parts = [one(e.written.length, 'customer will be written', 'customers will be written')];
  if (excluded) parts.push(one(excluded, 'is in a segment never to include', 'are in segments never to include'));
  if (control) parts.push(one(control, 'is in the control group', 'are in the control group'));
  const none = id === 'email' ? 'no e-mail address' : 'neither an e-mail address nor a mobile number';
  if (e.noContact) parts.push(one(e.noContact, `has ${none}`, `have ${none}`));
  const what = id === 'email' ? 'an address' : 'an address or number';
  if (e.duplicate)
    parts.push(one(e.duplicate, `shares ${what} with another customer`, `share ${what} with another customer`));
  return parts.join(' · ');
}

/** The message after saving, in English: the same counts in the past, then the hashed columns and the side file. */
function savedEn(e: Expected, id: 'email' | 'emailOrPhone', file: string, hashed: string | null, control = 0): string {
  const parts = [`Saved ${one(e.written.length, 'customer', 'customers')} to ${file}`];
  if (control) parts.push(`${n(control)} ${control === 1 ? 'was' : 'were'} in the control group`);
  const none = id === 'email' ? 'no e-mail address' : 'neither an e-mail address nor a mobile number';
  if (e.noContact) parts.push(`${n(e.noContact)} had ${none}`);
  const what = id === 'email' ? 'an address' : 'an address or number';
  if (e.duplicate) parts.push(`${n(e.duplicate)} shared ${what} with another customer`);
  return parts.join(' · ') + (hashed ?? '');
}

/**
 * The contact orders file imported through the wizard (its contact columns suggested on the
 * Meaning step), then an RFM run made on the Segments page: the run's id and Champions' index.
 */
async function contactRunThroughUi(app: AppHarness, file: string) {
  const { page, dialogs, service } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'Contacts.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(file);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('wizard-preview')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  const suggested = {
    email: 'email',
    phone: 'phone',
    firstName: 'first_name',
    lastName: 'last_name',
    country: 'country',
  };
  for (const [role, column] of Object.entries(suggested))
    await expect(page.getByTestId(`role-${role}`)).toContainText(column);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect.poll(() => service.current()?.datasets.length, { timeout: 120_000 }).toBe(1);
  expect(service.current()!.datasets[0].roles).toMatchObject(suggested);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect.poll(() => service.current()!.runs.length, { timeout: 120_000 }).toBe(1);
  const run = service.current()!.runs[0];
  const champions = service.runDetails(run.id).result.segments.findIndex((s) => s.name.en === 'Champions');
  expect(champions).toBeGreaterThanOrEqual(0);
  return { runId: run.id, champions };
}

/** Opens the customer-list dialog on a preset for a segment (null: all of them). */
async function openPreset(app: AppHarness, preset: string, segment: string | null) {
  const { page } = app;
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-members-open').click();
  await chooseOption(page, page.getByTestId('export-destination'), preset);
  if (segment === null) return;
  await chooseOption(page, page.getByTestId('export-segments'), segment);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-members')).toBeVisible();
}

/** Waits until the counts answer the options shown, and checks them. */
async function expectCounts(app: AppHarness, text: string) {
  const counts = app.page.getByTestId('preset-counts');
  await expect(counts).toHaveAttribute('data-checking', 'no', { timeout: 30_000 });
  await expect(counts).toHaveText(text);
}

/** Saves the open dialog's list to `name` in a new folder; its text once the message says so. */
async function save(app: AppHarness, name: string, message: string): Promise<string> {
  const out = join(tempDir('segdesk-preset-'), name);
  app.dialogs.saveFile.push(out);
  await app.page.getByTestId('export-members-save').click();
  await expect(app.page.getByTestId('preset-saved').filter({ hasText: name })).toHaveText(message, { timeout: 30_000 });
  return readFileSync(out, 'utf8');
}

const byText = (rows: string[][]) => rows.map((r) => r.join(',')).sort();

test.describe('export presets from the customer-list dialog', () => {
  test('Champions as Mailchimp and as Google Ads Customer Match, checked row by row', async ({ app }) => {
    const orders = contactOrders();
    const { runId, champions } = await contactRunThroughUi(app, orders.file);
    const members = segmentMembers(app, runId, champions);

    // Mailchimp: one row per e-mail address (trimmed, lower-cased), the names as written, the segment as a tag.
    const mail = expectedList(members, orders.customers, (f) => f.email);
    await openPreset(app, 'Mailchimp', 'Champions');
    await expect(app.page.getByTestId('preset-contact-email')).toHaveText('E-mail: email');
    await expectCounts(app, countsEn(mail, 'email'));
    const mailchimp = csvRows(
      await save(app, 'champions-mailchimp.csv', savedEn(mail, 'email', 'champions-mailchimp.csv', null)),
    );
    expect(mailchimp[0]).toEqual(['Email Address', 'First Name', 'Last Name', 'Tags']);
    expect(byText(mailchimp.slice(1))).toEqual(
      byText(mail.written.map((f) => [f.email!, f.firstName, f.lastName, 'Champions'])),
    );

    // Google Ads: e-mail (gmail dots removed), E.164 phone and lower-cased names hashed by sha256sum; country plain.
    const ads = expectedList(members, orders.customers, (f) => f.googleEmail ?? f.phone);
    const lower = (s: string) => s.toLowerCase();
    const sha = sha256sumAll(
      ads.written
        .flatMap((f) => [f.googleEmail ?? '', f.phone ?? '', lower(f.firstName), lower(f.lastName)])
        .filter(Boolean),
    );
    const hash = (s: string | null) => (s ? sha.get(s)! : '');
    await openPreset(app, 'Google Ads Customer Match', 'Champions');
    await expect(app.page.getByTestId('preset-description')).toContainText('scrambled with SHA-256');
    await expectCounts(app, countsEn(ads, 'emailOrPhone'));
    const file = 'champions-google.csv';
    const hashedLine = `Scrambled with SHA-256 so the platform can match customers without seeing their details: Email, Phone, First Name, Last Name. Nothing was uploaded; you upload the file yourself.Also written: champions-google.hashed.txt`;
    const google = csvRows(await save(app, file, savedEn(ads, 'emailOrPhone', file, hashedLine)));
    expect(google[0]).toEqual(['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip']);
    expect(byText(google.slice(1))).toEqual(
      byText(
        ads.written.map((f: ContactFacts) => [
          hash(f.googleEmail),
          hash(f.phone),
          hash(lower(f.firstName)),
          hash(lower(f.lastName)),
          f.country,
          '',
        ]),
      ),
    );
    // The plain values are written nowhere in the upload file.
    const text = google.flat().join(' ');
    for (const f of ads.written.slice(0, 50)) if (f.email) expect(text).not.toContain(f.email);

    // Every segment but Lost (“never mail Lost”): its customers are counted apart, before contacts and duplicates.
    const segments = app.service.runDetails(runId).result.segments;
    const lost = segments.findIndex((s) => s.name.en === 'Lost');
    expect(segments[lost].customers).toBeGreaterThan(0);
    const left = new Set(segmentMembers(app, runId, lost));
    const everyone = segments.flatMap((_, i) => segmentMembers(app, runId, i));
    const wide = expectedList(
      everyone.filter((id) => !left.has(id)),
      orders.customers,
      (f) => f.googleEmail ?? f.phone,
    );
    await openPreset(app, 'Google Ads Customer Match', null);
    await chooseOption(app.page, app.page.getByTestId('preset-exclude'), segments[lost].name.en);
    await app.page.keyboard.press('Escape');
    await expectCounts(app, countsEn(wide, 'emailOrPhone', 0, left.size));
    await app.screenshot('presets-dialog-en', { docs: true });
    await app.page.getByRole('button', { name: 'Cancel' }).click();
  });
});

/** The counts in Chinese, written by hand from the expectation: before saving, or (`file`) in the message after. */
function countsZh(e: Expected, excluded: number, file?: string): string {
  const parts = [file ? `已将 ${n(e.written.length)} 位客户保存到 ${file}` : `将写入 ${n(e.written.length)} 位客户`];
  if (excluded) parts.push(`${n(excluded)} 位属于始终排除的分群`);
  if (e.noContact) parts.push(`${n(e.noContact)} 位既没有邮箱也没有手机号`);
  if (e.duplicate) parts.push(`${n(e.duplicate)} 位与其他客户共用邮箱或手机号`);
  return parts.join(' · ');
}

test('the preset dialog in Chinese: Google Ads Customer Match, never 已流失, every word Chinese', async ({ app }) => {
  const { page, service } = app;
  service.setLanguage('zh-CN');
  const { run, result, data } = await contactOrdersRun(service, tempDir());
  await app.open();
  await page.getByTestId('nav-segments').click();
  const lost = result.segments.findIndex((s) => s.name.en === 'Lost');
  const left = new Set(segmentMembers(app, run.id, lost));
  const kept = result.segments.flatMap((_, i) => segmentMembers(app, run.id, i)).filter((id) => !left.has(id));
  const ads = expectedList(kept, data.customers, (f) => f.googleEmail ?? f.phone);
  await openPreset(app, 'Google Ads 客户匹配', null);
  await chooseOption(page, page.getByTestId('preset-exclude'), result.segments[lost].name['zh-CN']);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preset-description')).toContainText('SHA-256 打乱');
  await expect(page.getByTestId('preset-contact-phone')).toHaveText('手机号: phone');
  await expectCounts(app, countsZh(ads, left.size));
  const own = new Set(['email', 'phone', 'first_name', 'last_name', 'country']);
  const words = `${await page.getByTestId('export-members').textContent()} ${await page.getByTestId('preset-counts').textContent()}`;
  expect(englishWords(words, own)).toEqual([]);
  await app.screenshot('presets-dialog-zh', { docs: true });
  const out = join(tempDir('segdesk-preset-'), 'guanjun.csv');
  app.dialogs.saveFile.push(out);
  await page.getByTestId('export-members-save').click();
  await expect(page.getByTestId('preset-saved')).toContainText(`${countsZh(ads, left.size, 'guanjun.csv')}以下列`, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('preset-saved')).toContainText('以下列已用 SHA-256 加密');
  expect(csvRows(readFileSync(out, 'utf8')).length - 1).toBe(ads.written.length);
});

test('the Campaigns page sends a draw’s test group through a preset: its control group is left out', async ({
  app,
}) => {
  const { page, dialogs, service } = app;
  const { run, result, data } = await contactOrdersRun(service, tempDir());
  await app.open();
  await page.getByTestId('nav-campaign').click();
  await chooseOption(page, page.getByTestId('groups-segments'), 'Champions');
  await page.keyboard.press('Escape');
  const groups = join(tempDir('segdesk-groups-'), 'groups.csv');
  dialogs.saveFile.push(groups);
  await page.getByTestId('groups-save').click();
  await expect(page.getByText('Saved groups.csv')).toBeVisible();
  // The draw's own file says who is in the control group (50 % of Champions, seed 42).
  const drawn = csvRows(readFileSync(groups, 'utf8').replace(/^\uFEFF/, '')).slice(1);
  const control = new Set(drawn.filter((r) => r[2] === 'control').map((r) => r[0]));
  const champions = result.segments.findIndex((s) => s.name.en === 'Champions');
  expect(control.size).toBe(Math.round(0.5 * result.segments[champions].customers));
  const test = segmentMembers(app, run.id, champions).filter((id) => !control.has(id));

  await page.getByTestId('groups-send-preset').click();
  await expect(page.getByTestId('export-destination')).toContainText('Mailchimp');
  await expect(page.getByTestId('export-segments')).toContainText('Champions');
  await expect(page.getByTestId('preset-control')).toBeChecked();
  const mail = expectedList(test, data.customers, (f) => f.email);
  await expectCounts(app, countsEn(mail, 'email', control.size));
  await app.screenshot('presets-campaign-test-group');
  const written = csvRows(
    await save(app, 'test-group.csv', savedEn(mail, 'email', 'test-group.csv', null, control.size)),
  );
  expect(byText(written.slice(1))).toEqual(
    byText(mail.written.map((f) => [f.email!, f.firstName, f.lastName, 'Champions'])),
  );
});

test('a platform’s results whose customer column has an unknown heading: the column chosen, matched by e-mail', async ({
  app,
}) => {
  const { page, dialogs, service } = app;
  const { members } = await contactOrdersRun(service, tempDir());
  // 40 customers with an e-mail of their own, by their address in capitals under a heading nobody would guess; two strangers.
  const count = new Map<string, number>();
  for (const m of members) if (m.facts.email) count.set(m.facts.email, (count.get(m.facts.email) ?? 0) + 1);
  const chosen = members.filter((m) => m.facts.email && count.get(m.facts.email) === 1).slice(0, 40);
  const rows = chosen.map(
    (m, i) => `${m.facts.email!.toUpperCase()},${i % 2 ? 'test' : 'control'},${i % 4 === 1 ? 1 : 0}`,
  );
  const file = join(tempDir('segdesk-results-'), 'platform.csv');
  writeFileSync(
    file,
    `Kontakt,group,responded\n${rows.join('\n')}\nwho@example.com,test,0\nelse@example.com,control,0\n`,
  );
  await app.open();
  await page.getByTestId('nav-campaign').click();
  dialogs.dataFile.push(file);
  await page.getByTestId('campaign-import-map').click();
  await expect(page.getByTestId('results-map')).toBeVisible();
  await page.getByTestId('results-map-by').getByText('E-mail').click();
  await chooseOption(page, page.getByTestId('results-map-column'), 'Kontakt', { exact: true });
  await app.screenshot('presets-results-columns');
  await page.getByTestId('results-map-import').click();
  await expect(page.getByTestId('campaign-matched-by')).toHaveText('Rows matched to customers by e-mail address.');
  const all = page.getByTestId('campaign-table').locator('tr', { hasText: 'All customers' });
  // The test group: 20 customers, those at i % 4 = 1 responded (10), and one stranger; control: 20 and one stranger.
  await expect(all).toContainText('(10/21)');
  await expect(all).toContainText('(0/21)');
});

test('a preset whose identifier has no column says so in one sentence, with the way to the column meanings', async ({
  app,
}) => {
  const { page } = app;
  // rfm_data_orders.csv imported with only its id, date and revenue named: no column means the e-mail.
  await openOrdersRfmRun(app);
  await openPreset(app, 'Mailchimp', null);
  await expect(page.getByTestId('preset-needs')).toHaveText(
    'This file needs an e-mail address for each customer, and no column of the data is set to mean one. Choose the contact columns',
  );
  await expect(page.getByTestId('export-members-save')).toBeDisabled();
  await app.screenshot('presets-dialog-needs');
  await page.getByTestId('preset-map-role').click();
  await expect(page.getByTestId('meanings-panel')).toBeVisible();
  await expect(page.getByTestId('meanings-focus')).toContainText('E-mail');
});
