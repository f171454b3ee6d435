import { describe, expect, it } from 'vitest';
import { presetIdentity, presetLayout, presetRow } from '../../../../../src/main/engine/contacts/presets';
import { CONTACT_ROWS, EMAILS, PHONES, US_DEFAULT } from '../../../../helpers/contact-rows';
import { sha256sum as h } from '../../../../helpers/sha256sum';

/**
 * Google Ads Customer Match, written by hand from Google's rules (support.google.com/google-ads/
 * answer/7476159 and 7474263): Email trimmed and lower-cased, dots before the @ removed for
 * gmail.com / googlemail.com; Phone in E.164; First and Last Name lower-cased, extra spaces
 * removed; those four SHA-256 hashed (hex). Country (ISO-2) and Zip plain. Missing stays empty.
 */
describe('googleAds preset', () => {
  it('has Google’s headers exactly, four of them hashed, UTF-8 without a BOM', () => {
    expect(presetLayout('googleAds', US_DEFAULT, false)).toEqual({
      header: ['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip'],
      hashed: ['Email', 'Phone', 'First Name', 'Last Name'],
      encoding: 'utf8',
    });
  });

  it('writes the golden rows', () => {
    const expected = [
      [h('johndoe@gmail.com'), h('+447911123456'), h('john'), h('doe'), 'GB', 'SW1A 1AA'],
      [h('maryann@googlemail.com'), h('+8613812345678'), h('mary ann'), h('smith'), 'CN', '100000'],
      // No country column: the default country reads the phone, but is not written as the address's country.
      [h('bob@example.com'), h('+16505551212'), h('bob'), h("o'neil"), null, '94035-1234'],
      [h('no.phone@example.org'), null, h('émilie'), h('zoë-martin'), 'FR', '42000'],
      [null, h('+442071838750'), h('cher'), null, null, null],
      [null, h('+8613912345678'), h('娜娜'), h('欧阳'), 'CN', null],
      [h('zhang.wei@qq.com'), h('+8613987654321'), h('伟'), h('张'), 'CN', null],
      [h('a.lee@example.com'), h('+16505551212'), h('amy'), h('lee'), 'US', '94025-1234'],
      [null, null, null, null, null, null],
    ];
    expect(CONTACT_ROWS.map((r) => presetRow('googleAds', r, US_DEFAULT))).toEqual(expected);
  });

  it('de-duplicates by the address as Google compares it, else the phone; nothing without either', () => {
    const ids = EMAILS.map((e, i) => e ?? PHONES[i]);
    ids.splice(0, 2, 'johndoe@gmail.com', 'maryann@googlemail.com');
    expect(CONTACT_ROWS.map((r) => presetIdentity('googleAds', r, US_DEFAULT))).toEqual(ids);
  });

  it('gives a zip read as a number its leading zeros back in a country of fixed-length codes (the row’s, else the default)', () => {
    const boston = {
      customerId: 'b',
      segment: 'Loyal',
      values: { email: 'a@b.com', postcode: '2134' },
      properties: [],
    };
    expect(presetRow('googleAds', boston, US_DEFAULT)[5]).toBe('02134');
    expect(presetRow('googleAds', { ...boston, values: { ...boston.values, country: 'Denmark' } }, US_DEFAULT)[5]).toBe(
      '2134',
    );
    expect(presetRow('meta', boston, US_DEFAULT)[4]).toBe(h('02134'));
  });
});
