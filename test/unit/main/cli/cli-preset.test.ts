import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportPreset } from '../../../../src/shared/presets';
import type { RunResult } from '../../../../src/shared/segments';
import { cli } from '../../../helpers/cli';
import type { ContactOrders } from '../../../helpers/contact-orders';
import { contactOrdersRun, expectedKept, PRESET_KEY, type RunMember } from '../../../helpers/contact-orders-run';
import { csvCells } from '../../../helpers/csv-cells';
import { tempDir } from '../../../helpers/paths';
import { createTestService } from '../../../helpers/service';

let dir: string;
let workspace: string;
let runId: number;
let data: ContactOrders;
let result: RunResult;
let members: RunMember[];
const all = () => new Set(result.segments.map((_, i) => i));
const segment = (key: string) => result.segments.findIndex((s) => s.key === key);

beforeAll(async () => {
  // The workspace made through the service, closed, then read by the real `segmentdesk` bin.
  const t = createTestService();
  dir = tempDir('segdesk-cli-preset-');
  const made = await contactOrdersRun(t.service, dir);
  ({ data, result, members } = made);
  runId = made.run.id;
  workspace = join(dir, 'contacts.segdesk');
  await t.service.dispose();
}, 120_000);

const exportPreset = (...args: string[]) =>
  cli('export', '--workspace', workspace, '--run', String(runId), '--lang', 'en', ...args);

/** The words for each preset's identifier, as the README's example output gives them. */
const WHO: Record<ExportPreset, [string, string]> = {
  mailchimp: ['without an e-mail address', 'e-mail address'],
  shopify: ['without an e-mail address', 'e-mail address'],
  klaviyo: ['without an e-mail address or mobile number', 'e-mail address or mobile number'],
  googleAds: ['without an e-mail address or mobile number', 'e-mail address or mobile number'],
  meta: ['without an e-mail address or mobile number', 'e-mail address or mobile number'],
  sms: ['without a mobile number', 'mobile number'],
  chinaTags: ['without a mobile number', 'mobile number'],
};
const CLI_NAME: Record<ExportPreset, string> = {
  mailchimp: 'mailchimp',
  shopify: 'shopify',
  klaviyo: 'klaviyo',
  googleAds: 'google-ads',
  meta: 'meta',
  sms: 'sms',
  chinaTags: 'china-tags',
};
const HASHED: Partial<Record<ExportPreset, string>> = {
  googleAds: 'Email, Phone, First Name, Last Name',
  meta: 'email, phone, fn, ln, zip, ct, st, country',
};

describe('segmentdesk export --preset', () => {
  it('writes each preset and prints the counts exactly: written, without the contact, duplicates', () => {
    for (const preset of Object.keys(CLI_NAME) as ExportPreset[]) {
      const out = join(dir, `${preset}.csv`);
      const r = exportPreset('--preset', CLI_NAME[preset], '--out', out);
      expect([preset, r.stderr, r.code]).toEqual([preset, '', 0]);
      const expected = expectedKept(members, all(), PRESET_KEY[preset]);
      const [without, same] = WHO[preset];
      const lines = [
        `wrote ${out} (${statSync(out).size} bytes)`,
        `${expected.kept.length} customers written; left out: ${expected.noContact} ${without}, 1 duplicate (the same ${same} as a customer written)`,
      ];
      if (HASHED[preset])
        lines.push(
          `Scrambled with SHA-256 so the platform can match customers without seeing their details: ${HASHED[preset]}. Nothing was uploaded; you upload the file yourself.`,
          `Also written: ${preset}.hashed.txt`,
          `wrote ${join(dir, `${preset}.hashed.txt`)}`,
        );
      expect(r.stdout).toBe(`${lines.join('\n')}\n`);
      expect(csvCells(out)).toHaveLength(expected.kept.length + 1);
    }
  });

  it('leaves out segments, the control group drawn with a seed and a suppression file; --json and the dropped file', () => {
    const groups = join(dir, 'groups');
    const drawn = cli(
      'control-group',
      '--workspace',
      workspace,
      '--run',
      String(runId),
      '--segments',
      'champions,loyal',
      '--share',
      '0.1',
      '--seed',
      '7',
      '--out',
      groups,
    );
    expect(drawn.code).toBe(0);
    const control = new Set(
      csvCells(join(groups, 'control.csv'))
        .slice(1)
        .map((r) => r[0]),
    );
    const stop = join(dir, 'stop.csv');
    writeFileSync(stop, 'E-mail\nshared.inbox@EXAMPLE.com\nnot.a.customer@example.com\n');
    const out = join(dir, 'campaign.csv');
    // Champions, Loyal, Lost and the segment of the first customer sharing the suppressed address.
    const keys = [
      ...new Set([
        'champions',
        'loyal',
        'lost',
        result.segments[members.find((m) => m.id === data.special.sharedEmail[0])!.segment].key,
      ]),
    ];
    const r = exportPreset(
      '--preset',
      'mailchimp',
      '--segments',
      keys.join(','),
      '--exclude-segments',
      'lost',
      '--control-segments',
      'champions,loyal',
      '--control-share',
      '0.1',
      '--seed',
      '7',
      '--suppress',
      stop,
      '--dropped-file',
      '--out',
      out,
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const chosen = new Set(keys.map(segment));
    const lost = segment('lost');
    const shared = new Set(data.special.sharedEmail);
    const leftOut = (m: RunMember) => m.segment === lost || control.has(m.id) || shared.has(m.id);
    const expected = expectedKept(members, chosen, PRESET_KEY.mailchimp, leftOut);
    const inChosen = members.filter((m) => chosen.has(m.segment));
    const suppressed = inChosen.filter((m) => shared.has(m.id) && m.segment !== lost && !control.has(m.id)).length;
    expect(suppressed).toBeGreaterThan(0);
    const written = JSON.parse(r.stdout);
    expect(written).toMatchObject({
      path: out,
      preset: 'mailchimp',
      rows: expected.kept.length,
      hashed: [],
      counts: {
        chosen: inChosen.length,
        written: expected.kept.length,
        dropped: {
          excludedSegment: inChosen.filter((m) => m.segment === lost).length,
          control: control.size,
          suppressed,
          noContact: expected.noContact,
          duplicate: expected.duplicate,
        },
        suppressionUnmatched: 1,
      },
      sideFiles: [{ kind: 'dropped', path: join(dir, 'campaign.dropped.csv'), fileName: 'campaign.dropped.csv' }],
    });
    expect(csvCells(join(dir, 'campaign.dropped.csv'))).toHaveLength(1 + inChosen.length - expected.kept.length);
  });

  it('prints in Chinese with --lang zh-CN, and refuses a preset or options it does not have', () => {
    const out = join(dir, 'tags.csv');
    const r = cli(
      'export',
      '--workspace',
      workspace,
      '--run',
      String(runId),
      '--lang',
      'zh-CN',
      '--preset',
      'china-tags',
      '--encoding',
      'gbk',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const expected = expectedKept(members, all(), PRESET_KEY.chinaTags);
    expect(r.stdout.split('\n')[1]).toBe(
      `写入 ${expected.kept.length} 位客户；未写入：${expected.noContact} 位没有手机号，1 位重复（手机号与已写入的客户相同）`,
    );
    expect(readFileSync(out).subarray(0, 2)).toEqual(Buffer.from([0xca, 0xd6])); // 手 in GBK
    const bad = exportPreset('--preset', 'mailchump', '--out', join(dir, 'x.csv'));
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'error: E_USAGE: --preset takes mailchimp, klaviyo, shopify, google-ads, meta, sms, china-tags, got "mailchump"\n',
    ]);
    const props = exportPreset('--preset', 'mailchimp', '--properties', 'monetary', '--out', join(dir, 'x.csv'));
    expect([props.code, props.stderr]).toEqual([
      2,
      'error: E_USAGE: --properties is for --preset klaviyo (custom properties)\n',
    ]);
    const seedless = exportPreset('--preset', 'sms', '--control-segments', 'champions', '--out', join(dir, 'x.csv'));
    expect(seedless.code).toBe(2);
    // Flags that would change a tool's format are refused, not ignored.
    const gbk = exportPreset('--preset', 'mailchimp', '--encoding', 'gbk', '--out', join(dir, 'x.csv'));
    expect([gbk.code, gbk.stderr]).toEqual([
      2,
      'error: E_USAGE: --encoding is for --preset china-tags (utf8 | gbk): the other tools read UTF-8, which every preset writes\n',
    ]);
    for (const flag of [
      ['--columns', 'customer_id'],
      ['--delimiter', ';'],
    ]) {
      const r2 = exportPreset('--preset', 'sms', ...flag, '--out', join(dir, 'x.csv'));
      expect([r2.code, r2.stderr]).toEqual([
        2,
        'error: E_USAGE: --preset writes the columns and commas the tool reads: leave out --columns and --delimiter\n',
      ]);
    }
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    const neither = exportPreset('--out', join(dir, 'x.csv'));
    expect([neither.code, neither.stderr]).toEqual([
      2,
      'error: E_USAGE: export needs --format (csv, xlsx, html, pdf) or --preset\n',
    ]);
  });
});
