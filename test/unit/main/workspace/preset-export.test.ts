import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportPreset, PresetResult } from '../../../../src/shared/presets';
import type { RunResult } from '../../../../src/shared/segments';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { csvCells } from '../../../helpers/csv-cells';
import {
  contactOrdersRun,
  expectedKept,
  PRESET_KEY,
  presetDefaults as base,
  type RunMember,
} from '../../../helpers/contact-orders-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import type { ContactOrders } from '../../../helpers/contact-orders';
import { RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dispatch: ReturnType<typeof createDispatcher>;
let dir: string;
let runId: number;
let result: RunResult;
let members: RunMember[];
let segment: (key: string) => number;
let data: ContactOrders;
const all = () => new Set(result.segments.map((_, i) => i));

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return r.value as T;
}

const ALL_REASONS = { excludedSegment: 0, control: 0, suppressed: 0, noContact: 0, duplicate: 0 };

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  dir = tempDir('segdesk-presets-');
  const made = await contactOrdersRun(t.service, dir);
  runId = made.run.id;
  result = made.result;
  members = made.members;
  data = made.data;
  segment = (key) => result.segments.findIndex((s) => s.key === key);
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('preset export through the app’s requests', () => {
  it('writes the Champions as a Mailchimp audience: one row per e-mail address, the counts exact', async () => {
    const champions = segment('champions');
    const path = join(dir, 'champions-mailchimp.csv');
    t.dialogs.saveFile.push(path);
    const options = { preset: 'mailchimp', segments: [champions], lang: 'en' };
    const checked = await call<{ counts: PresetResult['counts'] }>('export:presetCheck', {
      runId,
      jobId: 'preset-00001',
      options,
    });
    const written = await call<PresetResult>('export:preset', { runId, jobId: 'preset-00002', options });
    const expected = expectedKept(members, new Set([champions]), PRESET_KEY.mailchimp);
    expect(expected.noContact).toBeGreaterThan(0);
    const counts = {
      chosen: expected.chosen,
      written: expected.kept.length,
      dropped: { ...ALL_REASONS, noContact: expected.noContact, duplicate: expected.duplicate },
      suppressionUnmatched: null,
    };
    expect(written.counts).toEqual(counts);
    expect(checked).toEqual({
      counts,
      contacts: { email: 'email', phone: 'phone', firstName: 'first_name', lastName: 'last_name', country: 'country' },
      needs: null,
    });
    expect(t.dialogs.savedAs.at(-1)).toEqual({
      defaultName: `${t.service.runDetails(runId).run.name} Mailchimp.csv`,
      kind: 'csv',
    });
    expect(readFileSync(path).subarray(0, 3).toString('latin1')).toBe('Ema'); // no byte-order mark
    expect(csvCells(path)).toEqual([
      ['Email Address', 'First Name', 'Last Name', 'Tags'],
      ...expected.kept.map((m) => [m.facts.email, m.facts.firstName, m.facts.lastName, 'Champions']),
    ]);
    expect(written).toMatchObject({ preset: 'mailchimp', rows: expected.kept.length, hashed: [], sideFiles: [] });
  });

  it('writes every preset for all segments with the customers without the contact and the duplicates counted exactly', async () => {
    for (const preset of Object.keys(PRESET_KEY) as ExportPreset[]) {
      const path = join(dir, `all-${preset}.csv`);
      const written = await t.service.presets.exportTo(runId, { ...base(preset) }, path);
      const expected = expectedKept(members, all(), PRESET_KEY[preset]);
      expect([preset, written.counts]).toEqual([
        preset,
        {
          chosen: 2000,
          written: expected.kept.length,
          dropped: { ...ALL_REASONS, noContact: expected.noContact, duplicate: expected.duplicate },
          suppressionUnmatched: null,
        },
      ]);
      // One pair shares an e-mail (100005, 100006), one a phone (100007, 100008): one duplicate either way.
      expect([preset, expected.duplicate]).toEqual([preset, 1]);
      const lines = readFileSync(path, 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect([preset, lines.length]).toEqual([preset, expected.kept.length + 1]);
      expect(written.rows).toBe(expected.kept.length);
    }
  });

  it('leaves out segments never to include, and lists who was left out and why in the dropped file', async () => {
    const path = join(dir, 'no-lost.csv');
    const excluded = new Set([segment('lost'), segment('hibernating')]);
    const written = await t.service.presets.exportTo(
      runId,
      { ...base('mailchimp'), excludeSegments: [...excluded], droppedFile: true },
      path,
    );
    const inExcluded = members.filter((m) => excluded.has(m.segment));
    const expected = expectedKept(members, all(), PRESET_KEY.mailchimp, (m) => excluded.has(m.segment));
    expect(inExcluded.length).toBeGreaterThan(100);
    expect(written.counts).toEqual({
      chosen: 2000,
      written: expected.kept.length,
      dropped: {
        ...ALL_REASONS,
        excludedSegment: inExcluded.length,
        noContact: expected.noContact,
        duplicate: expected.duplicate,
      },
      suppressionUnmatched: null,
    });
    expect(written.sideFiles).toEqual([
      { kind: 'dropped', path: join(dir, 'no-lost.dropped.csv'), fileName: 'no-lost.dropped.csv' },
    ]);
    const dropped = csvCells(join(dir, 'no-lost.dropped.csv'));
    expect(dropped[0]).toEqual(['Customer ID', 'Segment', 'Why left out']);
    const why = (text: string) => dropped.filter((r) => r[2] === text).map((r) => r[0]);
    expect(why('In a segment never to include')).toEqual(inExcluded.map((m) => m.id));
    expect(why('No e-mail address')).toHaveLength(expected.noContact);
    expect(dropped).toHaveLength(1 + 2000 - expected.kept.length);
    const lost = dropped.find((r) => r[0] === inExcluded[0].id)!;
    expect(lost[1]).toBe(result.segments[inExcluded[0].segment].name.en);
  });

  it('leaves out the control group the Campaigns page drew with the same seed', async () => {
    const keys = ['champions', 'loyal'];
    const groups = join(dir, 'groups.csv');
    // The Campaigns page's draw (campaign:pickGroups), saved as one list: id, segment, group.
    await t.service.pickGroups(runId, keys, 0.2, 7, 'en', groups);
    const control = new Set(
      csvCells(groups)
        .slice(1)
        .filter((r) => r[2] === 'control')
        .map((r) => r[0]),
    );
    const chosen = new Set(keys.map(segment));
    expect(control.size).toBe(
      keys.reduce((n, k) => n + Math.round(0.2 * members.filter((m) => m.segment === segment(k)).length), 0),
    );
    const written = await t.service.presets.exportTo(
      runId,
      { ...base('mailchimp'), segments: [...chosen], excludeControl: { segments: keys, share: 0.2, seed: 7 } },
      join(dir, 'test-group.csv'),
    );
    const expected = expectedKept(members, chosen, PRESET_KEY.mailchimp, (m) => control.has(m.id));
    expect(written.counts).toEqual({
      chosen: members.filter((m) => chosen.has(m.segment)).length,
      written: expected.kept.length,
      dropped: { ...ALL_REASONS, control: control.size, noContact: expected.noContact, duplicate: expected.duplicate },
      suppressionUnmatched: null,
    });
    const emails = new Set(csvCells(join(dir, 'test-group.csv')).map((r) => r[0]));
    const controlEmails = members.filter((m) => control.has(m.id) && m.facts.email).map((m) => m.facts.email!);
    expect(controlEmails.length).toBeGreaterThan(20);
    expect(controlEmails.filter((e) => emails.has(e))).toEqual([]);
  });

  it('leaves out the customers a suppression file names by e-mail (chosen in a dialog) or phone', async () => {
    const file = join(dir, 'unsubscribed.csv');
    writeFileSync(file, 'Email Address\n JANE.DOE@gmail.com\nShared.Inbox@example.com\nnobody@example.com\n\n');
    const { token } = t.service.registerFile(file);
    const options = { preset: 'mailchimp', lang: 'en' };
    const checked = await call<{ counts: PresetResult['counts'] }>('export:presetCheck', {
      runId,
      jobId: 'preset-00011',
      options,
      suppressionToken: token,
    });
    const { gmail, sharedEmail } = data.special;
    const named = new Set([gmail, ...sharedEmail]);
    const expected = expectedKept(members, all(), PRESET_KEY.mailchimp, (m) => named.has(m.id));
    const counts = {
      chosen: 2000,
      written: expected.kept.length,
      dropped: { ...ALL_REASONS, suppressed: 3, noContact: expected.noContact, duplicate: 0 },
      suppressionUnmatched: 1,
    };
    expect(checked.counts).toEqual(counts);
    t.dialogs.saveFile.push(join(dir, 'suppressed.csv'));
    const written = await call<PresetResult>('export:preset', {
      runId,
      jobId: 'preset-00012',
      options,
      suppressionToken: token,
    });
    expect(written.counts).toEqual(counts);
    const phones = join(dir, 'stop.csv');
    writeFileSync(phones, 'mobile\n+44 7911 123456\n+86 138 1234 5678\n');
    const sms = await t.service.presets.exportTo(runId, base('sms'), join(dir, 'sms-stop.csv'), { file: phones });
    const stop = new Set([gmail, data.special.chineseMobile]);
    const smsKept = expectedKept(members, all(), PRESET_KEY.sms, (m) => stop.has(m.id));
    expect(sms.counts).toMatchObject({
      written: smsKept.kept.length,
      dropped: { suppressed: 2 },
      suppressionUnmatched: 0,
    });
  });

  it('writes a cross-sell list’s customers only, named after the list', async () => {
    const champions = segment('champions');
    const list = await t.service.shop.lists.create(runId, {
      segment: champions,
      by: 'category',
      bought: [{ key: 'Toys', name: '' }],
      notBought: [{ key: 'Books', name: '' }],
      source: 'manual',
    });
    // The Champions who bought toys and never books, from the raw lines.
    const lines = readFileSync(data.file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const has = (category: string) => new Set(lines.filter((c) => c[5] === category).map((c) => c[0]));
    const [toys, books] = [has('Toys'), has('Books')];
    const onList = (m: RunMember) => toys.has(m.id) && !books.has(m.id);
    expect(list.customers).toBe(members.filter((m) => m.segment === champions && onList(m)).length);
    t.dialogs.saveFile.push(join(dir, 'list.csv'));
    const written = await call<PresetResult>('export:preset', {
      runId,
      jobId: 'preset-00021',
      options: { preset: 'mailchimp', listId: list.id, lang: 'en' },
    });
    const expected = expectedKept(members, new Set([champions]), PRESET_KEY.mailchimp, (m) => !onList(m));
    expect(written.counts).toMatchObject({ chosen: list.customers, written: expected.kept.length });
    expect(t.dialogs.savedAs.at(-1)?.defaultName).toBe(
      `${t.service.runDetails(runId).run.name} ${list.name.replaceAll(':', '_')} Mailchimp.csv`,
    );
  });

  it('refuses a run, a segment or a property it has not, and names the column to map when the data lacks the contact', async () => {
    await expect(t.service.presets.check(999, { ...base('mailchimp') })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(
      t.service.presets.exportTo(runId, { ...base('mailchimp'), segments: [40] }, join(dir, 'x.csv')),
    ).rejects.toMatchObject({
      code: 'E_INVALID_INPUT',
      message: `This run has ${result.segments.length} segments; there is no segment 40.`,
    });
    await expect(
      t.service.presets.exportTo(runId, { ...base('klaviyo'), properties: ['shoeSize'] }, join(dir, 'x.csv')),
    ).rejects.toMatchObject({
      code: 'E_INVALID_INPUT',
      message: 'This run has no column “shoeSize” to add as a property.',
    });
    const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const { run } = await t.service.createRun(orders.id, { ...RFM_ELEVEN, analysisDate: '2007-01-01' });
    const checked = await t.service.presets.check(run.id, { ...base('sms'), lang: 'zh-CN' });
    expect(checked.needs).toBe('phone');
    expect(checked.counts).toMatchObject({ chosen: 995, written: 0, dropped: { noContact: 995 } });
    await expect(
      t.service.presets.exportTo(run.id, { ...base('sms'), lang: 'zh-CN' }, join(dir, 'y.csv')),
    ).rejects.toMatchObject({
      code: 'E_MISSING_ROLE',
      message:
        '短信名单 需要每位客户的手机号，但数据中没有含义为“手机号”的列：请在“数据”页把保存手机号的列的含义设为“手机号”。',
      details: { roles: ['phone'], datasetId: orders.id },
    });
  });
});
