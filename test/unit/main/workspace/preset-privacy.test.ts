import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactOrders } from '../../../helpers/contact-orders';
import {
  contactOrdersRun,
  expectedKept,
  PRESET_KEY,
  presetDefaults,
  type RunMember,
} from '../../../helpers/contact-orders-run';
import { csvCells } from '../../../helpers/csv-cells';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { sha256sum } from '../../../helpers/sha256sum';
import type { RunResult } from '../../../../src/shared/segments';
import { AppError } from '../../../../src/shared/errors';
import type { JobContext } from '../../../../src/main/worker/protocol';
import { exportPreset } from '../../../../src/main/worker/jobs/export-preset';

let t: TestService;
let dir: string;
let runId: number;
let data: ContactOrders;
let result: RunResult;
let members: RunMember[];
const all = () => new Set(result.segments.map((_, i) => i));

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-preset-privacy-');
  const made = await contactOrdersRun(t.service, dir);
  ({ data, result, members } = made);
  runId = made.run.id;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** Every plain contact value of the file's customers as the file or the data could hold it. */
function plainValues(): string[] {
  const values = new Set<string>();
  for (const f of data.customers.values()) {
    for (const v of [f.email, f.googleEmail, f.phone, f.phone?.slice(1)]) if (v) values.add(v);
  }
  for (const v of [
    ' Jane.Doe@GMail.com ',
    'Jane.Doe@GMail.com',
    'J.O.Smith@googlemail.com',
    '07911 123456',
    '138 1234 5678',
    '13812345678',
  ])
    values.add(v);
  return [...values];
}

/** The plain values found in a file's bytes (none expected). */
function plainIn(path: string, except: readonly string[] = []): string[] {
  const bytes = readFileSync(path);
  return plainValues().filter((v) => !except.includes(v) && bytes.includes(Buffer.from(v, 'utf8')));
}

const segmentOf = (id: string) => result.segments[members.find((m) => m.id === id)!.segment];

describe('presets for ad platforms write hashed identifiers only', () => {
  it('Google Ads Customer Match: the documented headers, SHA-256 of the normalised values, Country and Zip plain', async () => {
    const path = join(dir, 'google.csv');
    const written = await t.service.presets.exportTo(
      runId,
      { ...presetDefaults('googleAds'), droppedFile: true },
      path,
    );
    const expected = expectedKept(members, all(), PRESET_KEY.googleAds);
    expect(written.counts.written).toBe(expected.kept.length);
    expect(written.hashed).toEqual(['Email', 'Phone', 'First Name', 'Last Name']);
    const rows = csvCells(path);
    expect(rows[0]).toEqual(['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip']);
    expect(rows).toHaveLength(expected.kept.length + 1);
    // Jane: the gmail dots and capitals gone before hashing; the UK mobile in E.164.
    expect(rows).toContainEqual([
      sha256sum('janedoe@gmail.com'),
      sha256sum('+447911123456'),
      sha256sum('jane'),
      sha256sum('doe'),
      'GB',
      '',
    ]);
    expect(rows).toContainEqual([
      sha256sum('josmith@googlemail.com'),
      sha256sum('+447911199002'),
      sha256sum('john'),
      sha256sum('smith'),
      'GB',
      '',
    ]);
    // 李娜: no e-mail (the cell empty, never the hash of ""), her Chinese mobile with +86.
    expect(rows).toContainEqual(['', sha256sum('+8613812345678'), sha256sum('娜'), sha256sum('李'), 'CN', '']);
    for (const row of rows.slice(1))
      for (const cell of row.slice(0, 4)) expect(cell === '' || /^[0-9a-f]{64}$/.test(cell)).toBe(true);
    expect(written.sideFiles.map((f) => f.fileName)).toEqual(['google.hashed.txt', 'google.dropped.csv']);
    expect(plainIn(path)).toEqual([]);
    expect(plainIn(join(dir, 'google.dropped.csv'))).toEqual([]);
    // The side file's note gives +447911123456 as its example of E.164 (Jane's number by the choice): nothing else.
    expect(plainIn(join(dir, 'google.hashed.txt'), ['+447911123456', '447911123456'])).toEqual([]);
    const side = readFileSync(join(dir, 'google.hashed.txt'), 'utf8').split('\n');
    expect(side.slice(0, 7)).toEqual([
      'The columns of google.csv holding SHA-256 hashes (hexadecimal) of the normalised values, so the platform can match customers without seeing their details. The plain values are written nowhere, and nothing was uploaded.',
      '',
      '- Email',
      '- Phone',
      '- First Name',
      '- Last Name',
      '',
    ]);
    expect(side.slice(7, 11).map((l) => l.split(':')[0])).toEqual(['Email', 'Phone', 'First Name', 'Last Name']);
  });

  it('Meta custom audience: every column hashed, phone digits without the +, country lower-case', async () => {
    const path = join(dir, 'meta.csv');
    const written = await t.service.presets.exportTo(runId, presetDefaults('meta'), path);
    const expected = expectedKept(members, all(), PRESET_KEY.meta);
    expect(written.counts.written).toBe(expected.kept.length);
    const rows = csvCells(path);
    expect(rows[0]).toEqual(['email', 'phone', 'fn', 'ln', 'zip', 'ct', 'st', 'country']);
    expect(written.hashed).toEqual(rows[0]);
    // Meta keeps the dots of a gmail address; the phone is digits with the country code, no + and no leading 0.
    expect(rows).toContainEqual([
      sha256sum('jane.doe@gmail.com'),
      sha256sum('447911123456'),
      sha256sum('jane'),
      sha256sum('doe'),
      '',
      '',
      '',
      sha256sum('gb'),
    ]);
    expect(rows).toContainEqual([
      '',
      sha256sum('8613812345678'),
      sha256sum('娜'),
      sha256sum('李'),
      '',
      '',
      '',
      sha256sum('cn'),
    ]);
    expect(plainIn(path)).toEqual([]);
    expect(plainIn(join(dir, 'meta.hashed.txt'), ['+447911123456', '447911123456'])).toEqual([]);
  });
});

describe('presets for SMS and Chinese tools', () => {
  it('SMS list: mainland mobiles as dialled, others in E.164, UTF-8 with BOM', async () => {
    const path = join(dir, 'sms.csv');
    const written = await t.service.presets.exportTo(runId, presetDefaults('sms'), path);
    const expected = expectedKept(members, all(), PRESET_KEY.sms);
    expect(written.counts).toMatchObject({
      written: expected.kept.length,
      dropped: { noContact: expected.noContact, duplicate: 1 },
    });
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvCells(path);
    expect(rows[0]).toEqual(['Mobile', 'Name', 'Segment']);
    const phones = rows.slice(1).map((r) => r[0]);
    const dialled = (p: string) => (p.startsWith('+861') ? p.slice(3) : p);
    expect(phones).toEqual(expected.kept.map((m) => dialled(m.facts.phone!)));
    expect(phones).toContain('13812345678');
    expect(phones).toContain('+447911123456');
    // The check the hashed files pass finds the plain values where they are.
    expect(plainIn(path)).toEqual(expect.arrayContaining(['+447911123456', '13812345678']));
    const lina = rows.find((r) => r[0] === '13812345678')!;
    expect(lina[2]).toBe(segmentOf(data.special.chineseMobile).name.en);
  });

  it('phone and tag list for Chinese tools in GBK: 手机号, 姓名, 标签 read back', async () => {
    const path = join(dir, 'tags.csv');
    const written = await t.service.presets.exportTo(
      runId,
      { ...presetDefaults('chinaTags'), encoding: 'gbk', lang: 'zh-CN' },
      path,
    );
    const expected = expectedKept(members, all(), PRESET_KEY.chinaTags);
    expect(written.counts.written).toBe(expected.kept.length);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 6)).toEqual(iconv.encode('手机号', 'gbk'));
    const rows = iconv
      .decode(bytes, 'gbk')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['手机号', '姓名', '标签']);
    expect(rows).toHaveLength(expected.kept.length + 1);
    const lina = rows.find((r) => r[0] === '13812345678')!;
    expect(lina[1]).toContain('娜');
    expect(lina[2]).toBe(segmentOf(data.special.chineseMobile).name['zh-CN']);
    expect(written.replaced).toBe(0);
  });
});

describe('Klaviyo', () => {
  it('writes the chosen member columns as custom properties after the segment', async () => {
    const path = join(dir, 'klaviyo.csv');
    const columns = await t.service.exportColumns(runId);
    const spend = columns.find((c) => c.key === 'monetary')!;
    const written = await t.service.presets.exportTo(
      runId,
      { ...presetDefaults('klaviyo'), properties: ['monetary', 'frequency'] },
      path,
    );
    const rows = csvCells(path);
    const purchases = columns.find((c) => c.key === 'frequency')!.label.en;
    expect(rows[0]).toEqual(['Email', 'Phone Number', 'First Name', 'Last Name', 'Segment', spend.label.en, purchases]);
    expect(written.counts.written).toBe(expectedKept(members, all(), PRESET_KEY.klaviyo).kept.length);
    const jane = members.find((m) => m.id === data.special.gmail)!;
    const row = rows.find((r) => r[0] === 'jane.doe@gmail.com')!;
    expect(row.slice(0, 5)).toEqual([
      'jane.doe@gmail.com',
      '+447911123456',
      'Jane',
      'Doe',
      result.segments[jane.segment].name.en,
    ]);
    expect(Number(row[5])).toBeCloseTo(jane.monetary, 2);
    expect(Number(row[6])).toBe(data.customers.get(jane.id)!.lines);
  });
});

describe('masking', () => {
  it('masks the chosen fields of a list preset, and never an ad platform’s hashed file', async () => {
    const mailchimp = join(dir, 'masked.csv');
    const masked = await t.service.presets.exportTo(
      runId,
      { ...presetDefaults('mailchimp'), mask: ['email', 'lastName'] },
      mailchimp,
    );
    expect(masked.counts.written).toBe(expectedKept(members, all(), PRESET_KEY.mailchimp).kept.length);
    const rows = csvCells(mailchimp);
    expect(rows).toContainEqual(['j***@gmail.com', 'Jane', 'D**', segmentOf(data.special.gmail).name.en]);
    expect(plainIn(mailchimp).filter((v) => v.includes('@'))).toEqual([]);
    const google = join(dir, 'google-mask.csv');
    await t.service.presets.exportTo(runId, { ...presetDefaults('googleAds'), mask: ['email'] }, google);
    expect(csvCells(google)).toContainEqual([
      sha256sum('janedoe@gmail.com'),
      sha256sum('+447911123456'),
      sha256sum('jane'),
      sha256sum('doe'),
      'GB',
      '',
    ]);
  });
});

describe('the export:preset job', () => {
  it('reports reading then writing, and cancelled while writing leaves no file', async () => {
    const progress: string[] = [];
    let cancelAt: string | null = null;
    let cancelled = false;
    const ctx: JobContext = {
      config: {},
      isCancelled: () => cancelled,
      throwIfCancelled() {
        if (cancelled) throw new AppError('E_CANCELLED', 'The job was cancelled.');
      },
      progress: (_fraction, message) => {
        progress.push(message.key);
        if (message.key === cancelAt) cancelled = true;
      },
    };
    const input = {
      workspacePath: join(dir, 'contacts.segdesk'),
      runId,
      now: 0,
      options: presetDefaults('googleAds'),
      suppression: null,
      filePath: join(dir, 'job.csv'),
    };
    const done = await exportPreset(input, ctx);
    expect(progress).toEqual(['exportReading', 'exportWriting']);
    expect(done.counts.written).toBe(expectedKept(members, all(), PRESET_KEY.googleAds).kept.length);
    cancelAt = 'exportWriting';
    await expect(exportPreset({ ...input, filePath: join(dir, 'cancelled.csv') }, ctx)).rejects.toMatchObject({
      code: 'E_CANCELLED',
    });
    expect(existsSync(join(dir, 'cancelled.csv'))).toBe(false);
    expect(existsSync(join(dir, 'cancelled.hashed.txt'))).toBe(false);
  });
});
