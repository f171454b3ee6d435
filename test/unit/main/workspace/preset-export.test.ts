import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresetResult } from '../../../../src/shared/presets';
import type { RunResult } from '../../../../src/shared/segments';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
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
let champions: number;

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return r.value as T;
}

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  dir = tempDir('segdesk-presets-');
  const made = await contactOrdersRun(t.service, dir);
  runId = made.run.id;
  result = made.result;
  members = made.members;
  champions = result.segments.findIndex((s) => s.key === 'champions');
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('preset export through the app’s request', () => {
  it('writes the Champions as a Mailchimp audience: one row per e-mail address, the counts exact', async () => {
    const path = join(dir, 'champions-mailchimp.csv');
    t.dialogs.saveFile.push(path);
    const written = await call<PresetResult>('export:preset', {
      runId,
      jobId: 'preset-00001',
      options: { preset: 'mailchimp', segments: [champions], lang: 'en' },
    });
    const expected = expectedKept(members, new Set([champions]), (f) => f.email);
    expect(expected.noContact).toBeGreaterThan(0);
    expect(written.counts).toEqual({
      chosen: expected.chosen,
      written: expected.kept.length,
      dropped: {
        excludedSegment: 0,
        control: 0,
        suppressed: 0,
        noContact: expected.noContact,
        duplicate: expected.duplicate,
      },
      suppressionUnmatched: null,
    });
    expect(t.dialogs.savedAs.at(-1)).toEqual({
      defaultName: `${t.service.runDetails(runId).run.name} Mailchimp.csv`,
      kind: 'csv',
    });
    expect(readFileSync(path).subarray(0, 3).toString('latin1')).toBe('Ema');
    expect(csvCells(path)).toEqual([
      ['Email Address', 'First Name', 'Last Name', 'Tags'],
      ...expected.kept.map((m) => [m.facts.email, m.facts.firstName, m.facts.lastName, 'Champions']),
    ]);
    expect(written).toMatchObject({ preset: 'mailchimp', rows: expected.kept.length, hashed: [], sideFiles: [] });
  });
});
