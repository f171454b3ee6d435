import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropCode, NOT_CHOSEN, WRITTEN } from '../../../../../src/main/engine/contacts/hygiene';
import { writeDroppedFile } from '../../../../../src/main/worker/jobs/preset-side-files';
import type { ExportPreset } from '../../../../../src/shared/presets';
import { presetDefaults } from '../../../../helpers/contact-orders-run';
import { tempDir } from '../../../../helpers/paths';

const dir = tempDir('segdesk-side-files-');

/** The dropped file's rows (BOM and header off). */
async function dropped(preset: ExportPreset, ids: string[], name: string): Promise<string[][]> {
  const file = join(dir, `${name}.csv`);
  const fate = Int8Array.from([dropCode('noContact'), WRITTEN, dropCode('duplicate'), NOT_CHOSEN]);
  await writeDroppedFile(
    file,
    { ids, segmentOf: [0, 0, 1, 1], segmentNames: ['Champions', 'Lost'], fate },
    { ...presetDefaults(preset), droppedFile: true },
  );
  const text = readFileSync(join(dir, `${name}.dropped.csv`), 'utf8').replace(/^\uFEFF/, '');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
}

describe('writeDroppedFile', () => {
  it('masks customer ids that are e-mail addresses or phone numbers beside an ad platform’s hashed file', async () => {
    const emails = ['jane.doe@example.com', 'amy@example.com', 'bob.lee@example.com', 'x@example.com'];
    expect(await dropped('googleAds', emails, 'google-emails')).toEqual([
      ['j***@example.com', 'Champions', 'No e-mail address or mobile number'],
      ['b***@example.com', 'Lost', 'Same e-mail address or mobile number as a customer written'],
    ]);
    const phones = ['+44 7911 123456', '+44 7911 123457', '+86 138 1234 5678', '+86 139 1234 5678'];
    expect((await dropped('meta', phones, 'meta-phones')).map((r) => r[0])).toEqual([
      // The first three digits and the last four kept; a leading + quoted against spreadsheet formulas.
      "'+44 7*** **3456",
      "'+86 1** **** 5678",
    ]);
  });

  it('writes ids as they are for a list preset, and plain customer numbers for an ad platform', async () => {
    const emails = ['jane.doe@example.com', 'amy@example.com', 'bob.lee@example.com', 'x@example.com'];
    expect((await dropped('mailchimp', emails, 'mailchimp')).map((r) => r[0])).toEqual([
      'jane.doe@example.com',
      'bob.lee@example.com',
    ]);
    expect((await dropped('googleAds', ['100001', '100002', '100003', '100004'], 'numbers')).map((r) => r[0])).toEqual([
      '100001',
      '100003',
    ]);
  });
});
