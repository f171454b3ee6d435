import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportPreset, PresetResult } from '../../../../src/shared/presets';
import type { RunResult } from '../../../../src/shared/segments';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import type { ContactFacts } from '../../../helpers/contact-orders';
import { csvCells } from '../../../helpers/csv-cells';
import { contactOrdersRun, expectedKept, type RunMember } from '../../../helpers/contact-orders-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dispatch: ReturnType<typeof createDispatcher>;
let dir: string;
let runId: number;
let result: RunResult;
let members: RunMember[];
let segment: (key: string) => number;

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return r.value as T;
}

/** What each preset de-duplicates by, from the facts (null: the customer lacks it). */
export const PRESET_KEY: Record<ExportPreset, (f: ContactFacts) => string | null> = {
  mailchimp: (f) => f.email,
  shopify: (f) => f.email,
  klaviyo: (f) => f.email ?? f.phone,
  meta: (f) => f.email ?? f.phone,
  googleAds: (f) => f.googleEmail ?? f.phone,
  sms: (f) => f.phone,
  chinaTags: (f) => f.phone,
};

const ALL_REASONS = { excludedSegment: 0, control: 0, suppressed: 0, noContact: 0, duplicate: 0 };

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  dir = tempDir('segdesk-presets-');
  const made = await contactOrdersRun(t.service, dir);
  runId = made.run.id;
  result = made.result;
  members = made.members;
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
    const all = new Set(result.segments.map((_, i) => i));
    for (const preset of Object.keys(PRESET_KEY) as ExportPreset[]) {
      const path = join(dir, `all-${preset}.csv`);
      const written = await t.service.presets.exportTo(runId, { ...base(preset) }, path);
      const expected = expectedKept(members, all, PRESET_KEY[preset]);
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
});

/** A preset's options with the schema's defaults, for all segments, in English. */
export function base(preset: ExportPreset) {
  return {
    preset,
    excludeSegments: [],
    properties: [],
    mask: [],
    encoding: 'utf8' as const,
    droppedFile: false,
    lang: 'en' as const,
  };
}
