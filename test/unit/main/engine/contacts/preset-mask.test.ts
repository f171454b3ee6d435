import { describe, expect, it } from 'vitest';
import {
  presetEntry,
  presetHashNotes,
  presetIdentity,
  presetRow,
} from '../../../../../src/main/engine/contacts/presets';
import { CONTACT_ROWS, US_DEFAULT } from '../../../../helpers/contact-rows';
import { EXPORT_PRESETS, HASHED_PRESETS } from '../../../../../src/shared/presets';

describe('masking', () => {
  it('masks the chosen fields of the lists that are not hashed', () => {
    const options = { ...US_DEFAULT, mask: ['email' as const, 'firstName' as const] };
    expect(presetRow('mailchimp', CONTACT_ROWS[0], options)).toEqual(['j***@gmail.com', 'J***', 'DOE', 'Champions']);
    // A name split from the full name is masked with the full name, not with the first name.
    expect(presetRow('mailchimp', CONTACT_ROWS[1], options)).toEqual([
      'm***@googlemail.com',
      'Mary Ann',
      'Smith',
      'Champions',
    ]);
    const phone = { ...US_DEFAULT, mask: ['phone' as const, 'fullName' as const] };
    expect(presetRow('sms', CONTACT_ROWS[0], phone)).toEqual(['+447*****3456', 'John DOE', 'Champions']);
    expect(presetRow('sms', CONTACT_ROWS[1], phone)).toEqual(['138****5678', 'M*** A** S****', 'Champions']);
    expect(presetRow('chinaTags', CONTACT_ROWS[6], phone)).toEqual(['139****4321', '张*', '重要价值客户']);
  });

  it('leaves the hashed files alone: they hold no plain value to mask', () => {
    const all = {
      ...US_DEFAULT,
      mask: ['email' as const, 'phone' as const, 'firstName' as const, 'lastName' as const],
    };
    for (const preset of HASHED_PRESETS)
      for (const row of CONTACT_ROWS) expect(presetRow(preset, row, all)).toEqual(presetRow(preset, row, US_DEFAULT));
  });
});

describe('presetHashNotes', () => {
  it('says for each hashed column how it was normalised and that it is SHA-256, in English and Chinese', () => {
    const google = presetHashNotes('googleAds', 'en');
    expect(google.map((n) => n.slice(0, n.indexOf(':')))).toEqual(['Email', 'Phone', 'First Name', 'Last Name']);
    expect(google[0]).toContain('without the dots before the @');
    const meta = presetHashNotes('meta', 'zh-CN');
    expect(meta.map((n) => n.slice(0, n.indexOf('：')))).toEqual([
      'email',
      'phone',
      'fn',
      'ln',
      'zip',
      'ct',
      'st',
      'country',
    ]);
    for (const note of [...google, ...meta, ...presetHashNotes('meta', 'en'), ...presetHashNotes('googleAds', 'zh-CN')])
      expect(note).toContain('SHA-256');
    for (const preset of EXPORT_PRESETS.filter((p) => !HASHED_PRESETS.includes(p)))
      expect(presetHashNotes(preset, 'en')).toEqual([]);
  });
});

describe('presetEntry', () => {
  it('is presetIdentity and presetRow at once; no cells for a row without its identifier', () => {
    for (const preset of EXPORT_PRESETS)
      for (const row of CONTACT_ROWS) {
        const identity = presetIdentity(preset, row, US_DEFAULT);
        expect(presetEntry(preset, row, US_DEFAULT), `${preset} ${row.customerId}`).toEqual({
          identity,
          cells: identity === null ? null : presetRow(preset, row, US_DEFAULT),
        });
      }
    // The fixture's last row has neither a valid address nor a valid phone.
    expect(presetEntry('klaviyo', CONTACT_ROWS[8], US_DEFAULT)).toEqual({ identity: null, cells: null });
  });
});
