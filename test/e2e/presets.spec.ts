import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactOrders, type ContactFacts } from '../helpers/contact-orders';
import { tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { expect, test, type AppHarness } from './harness';
import { csvRows, expectedList, segmentMembers, sha256sumAll, type Expected } from './preset-expectations';

const n = (v: number) => v.toLocaleString('en-US');
const one = (v: number, single: string, many: string) => `${n(v)} ${v === 1 ? single : many}`;

/** The dialog's counts before saving, in English, written by hand from the expectation. */
function countsEn(e: Expected, id: 'email' | 'emailOrPhone', control = 0): string {
  const parts = [one(e.written.length, 'customer will be written', 'customers will be written')];
  if (control) parts.push(one(control, 'is in the control group', 'are in the control group'));
  const none = id === 'email' ? 'no e-mail address' : 'neither an e-mail address nor a mobile number';
  if (e.noContact) parts.push(one(e.noContact, `has ${none}`, `have ${none}`));
  const what = id === 'email' ? 'an address' : 'an address or number';
  if (e.duplicate) parts.push(one(e.duplicate, `shares ${what} with another customer`, `share ${what} with another customer`));
  return parts.join(' · ');
}

/** The message after saving, in English: the same counts in the past, then the hashed columns and the side file. */
function savedEn(e: Expected, id: 'email' | 'emailOrPhone', file: string, hashed: string | null): string {
  const parts = [`Saved ${one(e.written.length, 'customer', 'customers')} to ${file}`];
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
  const suggested = { email: 'email', phone: 'phone', firstName: 'first_name', lastName: 'last_name', country: 'country' };
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

/** Opens the customer-list dialog on a preset for Champions and waits for its counts. */
async function openPreset(app: AppHarness, preset: string, segment: string) {
  const { page } = app;
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-members-open').click();
  await chooseOption(page, page.getByTestId('export-destination'), preset);
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
  await expect(app.page.getByTestId('preset-saved')).toHaveText(message, { timeout: 30_000 });
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
    const mailchimp = csvRows(await save(app, 'champions-mailchimp.csv', savedEn(mail, 'email', 'champions-mailchimp.csv', null)));
    expect(mailchimp[0]).toEqual(['Email Address', 'First Name', 'Last Name', 'Tags']);
    expect(byText(mailchimp.slice(1))).toEqual(
      byText(mail.written.map((f) => [f.email!, f.firstName, f.lastName, 'Champions'])),
    );

    // Google Ads: e-mail (gmail dots removed), E.164 phone and lower-cased names hashed by sha256sum; country plain.
    const ads = expectedList(members, orders.customers, (f) => f.googleEmail ?? f.phone);
    const lower = (s: string) => s.toLowerCase();
    const sha = sha256sumAll(
      ads.written.flatMap((f) => [f.googleEmail ?? '', f.phone ?? '', lower(f.firstName), lower(f.lastName)]).filter(Boolean),
    );
    const hash = (s: string | null) => (s ? sha.get(s)! : '');
    await openPreset(app, 'Google Ads Customer Match', 'Champions');
    await expect(app.page.getByTestId('preset-description')).toContainText('scrambled with SHA-256');
    await expectCounts(app, countsEn(ads, 'emailOrPhone'));
    await app.screenshot('presets-dialog-en', { docs: true });
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
  });
});
