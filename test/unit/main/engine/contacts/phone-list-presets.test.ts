import { describe, expect, it } from 'vitest';
import { presetIdentity, presetLayout, presetRow } from '../../../../../src/main/engine/contacts/presets';
import { CONTACT_ROWS, PHONES, US_DEFAULT } from '../../../../helpers/contact-rows';

/** Mainland-China mobiles as dialled there (11 digits), every other number in E.164; Cher's London landline (020) takes no text. */
const MOBILES = [
  '+447911123456',
  '13812345678',
  '+16505551212',
  null,
  null,
  '13912345678',
  '13987654321',
  '+16505551212',
  null,
];
const NAMES = [
  'John DOE',
  'Mary Ann Smith',
  "Bob O'Neil",
  'Émilie Zoë-Martin',
  'Cher',
  '欧阳娜娜',
  '张伟',
  'Amy Lee',
  null,
];
const EXPECTED = MOBILES.map((m, i) => [m, NAMES[i], CONTACT_ROWS[i].segment]);

describe('sms preset', () => {
  it('has its headers in the export’s language, UTF-8 with a BOM', () => {
    expect(presetLayout('sms', US_DEFAULT, false)).toEqual({
      header: ['Mobile', 'Name', 'Segment'],
      hashed: [],
      encoding: 'utf8bom',
    });
    expect(presetLayout('sms', { ...US_DEFAULT, lang: 'zh-CN' }, false).header).toEqual(['手机号', '姓名', '分群']);
  });

  it('writes the golden rows', () => {
    expect(CONTACT_ROWS.map((r) => presetRow('sms', r, US_DEFAULT))).toEqual(EXPECTED);
  });

  it('de-duplicates by the mobile in E.164 (two customers share +16505551212); nothing without one, nor for a landline', () => {
    expect(CONTACT_ROWS.map((r) => presetIdentity('sms', r, US_DEFAULT))).toEqual(
      PHONES.map((p) => (p === '+442071838750' ? null : p)),
    );
  });
});

describe('chinaTags preset', () => {
  it('is 手机号, 姓名, 标签 in UTF-8 with a BOM, or GBK', () => {
    expect(presetLayout('chinaTags', US_DEFAULT, false)).toEqual({
      header: ['手机号', '姓名', '标签'],
      hashed: [],
      encoding: 'utf8bom',
    });
    expect(presetLayout('chinaTags', US_DEFAULT, true).encoding).toBe('gbk');
  });

  it('writes the golden rows', () => {
    expect(CONTACT_ROWS.map((r) => presetRow('chinaTags', r, US_DEFAULT))).toEqual(EXPECTED);
  });
});
