import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../../../src/main/engine/contacts/presets';
import { presetIdentity, presetLayout, presetRow } from '../../../../../src/main/engine/contacts/presets';
import { CONTACT_ROWS, EMAILS, PHONES, US_DEFAULT } from '../../../../helpers/contact-rows';

const FIRST = ['John', 'Mary Ann', 'Bob', 'Émilie', 'Cher', '娜娜', '伟', 'Amy', null];
const LAST = ['DOE', 'Smith', "O'Neil", 'Zoë-Martin', null, '欧阳', '张', 'Lee', null];
const SEGMENTS = CONTACT_ROWS.map((r) => r.segment);

/** Mailchimp's import format (mailchimp.com/help/format-guidelines-for-your-import-file): Email Address, First Name, Last Name, Tags. */
describe('mailchimp preset', () => {
  it('has Mailchimp’s headers, nothing hashed, UTF-8 without a BOM', () => {
    expect(presetLayout('mailchimp', US_DEFAULT, false)).toEqual({
      header: ['Email Address', 'First Name', 'Last Name', 'Tags'],
      hashed: [],
      encoding: 'utf8',
    });
  });

  it('writes the golden rows: addresses trimmed and lower-cased, names split from a full name, a tag with a comma quoted', () => {
    const tags = [
      'Champions',
      'Champions',
      'Loyal',
      'Loyal',
      '"At Risk, lapsed"',
      '重要价值客户',
      '重要价值客户',
      'Champions',
      'Lost',
    ];
    const expected = EMAILS.map((e, i) => [e, FIRST[i], LAST[i], tags[i]]);
    expect(CONTACT_ROWS.map((r) => presetRow('mailchimp', r, US_DEFAULT))).toEqual(expected);
  });

  it('de-duplicates by the address; nothing without one', () => {
    expect(CONTACT_ROWS.map((r) => presetIdentity('mailchimp', r, US_DEFAULT))).toEqual(EMAILS);
  });
});

/** Klaviyo's list upload (help.klaviyo.com/hc/en-us/articles/115005078967): Email first, Klaviyo's property names, custom properties by header. */
describe('klaviyo preset', () => {
  const options = { ...US_DEFAULT, properties: ['Orders', 'Revenue', 'Segment'] };
  const withProperties: ContactRow[] = CONTACT_ROWS.map((r, i) =>
    i === 0
      ? {
          ...r,
          properties: [
            { header: 'Revenue', value: 340.5 },
            { header: 'Orders', value: 12 },
            { header: 'Segment', value: 'VIP' },
          ],
        }
      : r,
  );

  it('has Email, Phone Number, First Name, Last Name, Segment and the properties (a repeated name numbered)', () => {
    expect(presetLayout('klaviyo', options, false)).toEqual({
      header: ['Email', 'Phone Number', 'First Name', 'Last Name', 'Segment', 'Orders', 'Revenue', 'Segment_2'],
      hashed: [],
      encoding: 'utf8',
    });
  });

  it('writes the golden rows: phones in E.164, properties in the chosen order', () => {
    const expected: (string | number | null)[][] = EMAILS.map((e, i) => [
      e,
      PHONES[i],
      FIRST[i],
      LAST[i],
      SEGMENTS[i],
      null,
      null,
      null,
    ]);
    expected[0].splice(5, 3, 12, 340.5, 'VIP');
    expect(withProperties.map((r) => presetRow('klaviyo', r, options))).toEqual(expected);
  });

  it('de-duplicates by the address, else the phone', () => {
    const ids = EMAILS.map((e, i) => e ?? PHONES[i]);
    expect(CONTACT_ROWS.map((r) => presetIdentity('klaviyo', r, US_DEFAULT))).toEqual(ids);
    expect(ids[4]).toBe('+442071838750');
  });
});

/** Shopify's customer CSV template (help.shopify.com/en/manual/customers/import-export-customers). */
describe('shopify preset', () => {
  const HEADER = [
    'First Name',
    'Last Name',
    'Email',
    'Accepts Email Marketing',
    'Default Address Company',
    'Default Address Address1',
    'Default Address Address2',
    'Default Address City',
    'Default Address Province Code',
    'Default Address Country Code',
    'Default Address Zip',
    'Default Address Phone',
    'Phone',
    'Accepts SMS Marketing',
    'Tags',
    'Note',
    'Tax Exempt',
  ];

  it('has Shopify’s template header', () => {
    expect(presetLayout('shopify', US_DEFAULT, false)).toEqual({ header: HEADER, hashed: [], encoding: 'utf8' });
  });

  it('writes the golden rows: names, e-mail, phone (E.164) and the segment as a tag; consent and address left empty', () => {
    const tags = [
      'Champions',
      'Champions',
      'Loyal',
      'Loyal',
      'At Risk lapsed',
      '重要价值客户',
      '重要价值客户',
      'Champions',
      'Lost',
    ];
    const expected = EMAILS.map((e, i) => {
      const cells: (string | null)[] = HEADER.map(() => null);
      cells[0] = FIRST[i];
      cells[1] = LAST[i];
      cells[2] = e;
      cells[12] = PHONES[i];
      cells[14] = tags[i];
      return cells;
    });
    expect(CONTACT_ROWS.map((r) => presetRow('shopify', r, US_DEFAULT))).toEqual(expected);
    expect(CONTACT_ROWS.map((r) => presetIdentity('shopify', r, US_DEFAULT))).toEqual(EMAILS);
  });
});
