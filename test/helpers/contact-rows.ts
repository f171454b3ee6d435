import type { ContactRow, PresetOptions } from '../../src/main/engine/contacts/presets';

const row = (customerId: string, segment: string, values: ContactRow['values']): ContactRow => ({
  customerId,
  segment,
  values,
  properties: [],
});

/**
 * Contacts as shops write them, for the presets' golden files: a gmail address with dots, capitals
 * and spaces; a googlemail one; a UK mobile written nationally with its country; a Chinese mobile
 * with the country in Chinese; US numbers read with the default country; a missing phone; a full
 * name only (one word, three words, Chinese); Chinese names with a compound surname.
 */
export const CONTACT_ROWS: ContactRow[] = [
  row('c1', 'Champions', {
    email: '  John.Doe@GMAIL.com ',
    phone: '07911 123456',
    firstName: ' John ',
    lastName: 'DOE',
    country: 'United Kingdom',
    postcode: 'SW1A 1AA',
    city: 'London',
  }),
  row('c2', 'Champions', {
    email: 'Mary.Ann@googlemail.com',
    fullName: 'Mary Ann  Smith',
    phone: '138 1234 5678',
    country: '中国',
    postcode: '100000',
  }),
  row('c3', 'Loyal', {
    email: 'bob@example.com',
    phone: '(650) 555-1212',
    firstName: 'Bob',
    lastName: "O'Neil",
    postcode: '94035-1234',
  }),
  row('c4', 'Loyal', {
    email: 'no.phone@example.org',
    firstName: 'Émilie',
    lastName: 'Zoë-Martin',
    country: 'FR',
    city: 'Saint-Étienne',
    postcode: '42000',
  }),
  row('c5', 'At Risk, lapsed', { fullName: 'Cher', phone: '+44 20 7183 8750' }),
  row('c6', '重要价值客户', {
    lastName: '欧阳',
    firstName: '娜娜',
    phone: '13912345678',
    country: 'CN',
    province: '广东省',
    city: '深圳市',
  }),
  row('c7', '重要价值客户', { fullName: '张伟', phone: '139 8765 4321', email: 'zhang.wei@qq.com', country: '中国' }),
  row('c8', 'Champions', {
    email: 'A.Lee@Example.COM',
    phone: '+1 650 555 1212',
    firstName: 'Amy',
    lastName: 'Lee',
    country: 'USA',
    province: 'California',
    city: 'Menlo Park',
    postcode: '94025-1234',
  }),
  row('c9', 'Lost', { email: 'nobody at example.com', phone: '12345' }),
];

/** Phones without a country code, on rows without a country, are read as US numbers. */
export const US_DEFAULT: PresetOptions = { defaultCountry: 'US', mask: [], properties: [] };

/** The fixture's e-mail addresses trimmed and lower-cased, written by hand (null: none, or not an address). */
export const EMAILS = [
  'john.doe@gmail.com',
  'mary.ann@googlemail.com',
  'bob@example.com',
  'no.phone@example.org',
  null,
  null,
  'zhang.wei@qq.com',
  'a.lee@example.com',
  null,
];

/** The fixture's phones in E.164, written by hand (US_DEFAULT reads the numbers without a code or a country). */
export const PHONES = [
  '+447911123456',
  '+8613812345678',
  '+16505551212',
  null,
  '+442071838750',
  '+8613912345678',
  '+8613987654321',
  '+16505551212',
  null,
];
