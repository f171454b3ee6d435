import { describe, expect, it } from 'vitest';
import { presetIdentity, presetLayout, presetRow } from '../../../../../src/main/engine/contacts/presets';
import { CONTACT_ROWS, EMAILS, PHONES, US_DEFAULT } from '../../../../helpers/contact-rows';
import { sha256sum as h } from '../../../../helpers/sha256sum';

/**
 * Meta custom audience, written by hand from Meta's customer-information rules: email trimmed and
 * lower-cased (no gmail rule); phone digits with the country code, no + and no leading zeros;
 * fn / ln / ct letters only in lower case; st a US state's code, else letters only; zip lower case
 * without spaces or dashes, US the first 5 digits; country the lower-case ISO-2 code; all hashed.
 */
describe('meta preset', () => {
  it('has Meta’s headers, all hashed, UTF-8 without a BOM', () => {
    const header = ['email', 'phone', 'fn', 'ln', 'zip', 'ct', 'st', 'country'];
    expect(presetLayout('meta', US_DEFAULT, false)).toEqual({ header, hashed: header, encoding: 'utf8' });
  });

  it('writes the golden rows', () => {
    const expected = [
      [h('john.doe@gmail.com'), h('447911123456'), h('john'), h('doe'), h('sw1a1aa'), h('london'), null, h('gb')],
      [h('mary.ann@googlemail.com'), h('8613812345678'), h('maryann'), h('smith'), h('100000'), null, null, h('cn')],
      [h('bob@example.com'), h('16505551212'), h('bob'), h('oneil'), h('94035'), null, null, null],
      [h('no.phone@example.org'), null, h('émilie'), h('zoëmartin'), h('42000'), h('saintétienne'), null, h('fr')],
      [null, h('442071838750'), h('cher'), null, null, null, null, null],
      [null, h('8613912345678'), h('娜娜'), h('欧阳'), null, h('深圳市'), h('广东省'), h('cn')],
      [h('zhang.wei@qq.com'), h('8613987654321'), h('伟'), h('张'), null, null, null, h('cn')],
      [h('a.lee@example.com'), h('16505551212'), h('amy'), h('lee'), h('94025'), h('menlopark'), h('ca'), h('us')],
      [null, null, null, null, null, null, null, null],
    ];
    expect(CONTACT_ROWS.map((r) => presetRow('meta', r, US_DEFAULT))).toEqual(expected);
  });

  it('de-duplicates by the address (no gmail rule), else the phone', () => {
    expect(CONTACT_ROWS.map((r) => presetIdentity('meta', r, US_DEFAULT))).toEqual(
      EMAILS.map((e, i) => e ?? PHONES[i]),
    );
  });
});
