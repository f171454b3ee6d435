import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../../../src/main/engine/contacts/normalise';
import {
  googleName,
  metaLetters,
  metaPhone,
  metaState,
  metaZip,
  postcodeDigits,
} from '../../../../../src/main/engine/contacts/vendor-fields';
import { sha256sum } from '../../../../helpers/sha256sum';

/**
 * Meta's worked examples (developers.facebook.com/docs/marketing-api/conversions-api/parameters/
 * customer-information-parameters): input → normalised → SHA-256 as the page prints them. Google
 * publishes no hash example for Customer Match (the FIPS 180-2 "abc" vector is in normalise.test).
 */
describe('Meta’s documented examples', () => {
  const cases: [string, string | null, string, string][] = [
    [
      'em',
      normaliseEmail('John_Smith@gmail.com', false),
      'john_smith@gmail.com',
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    ],
    [
      'ph',
      metaPhone('(650)555-1212', 'US'),
      '16505551212',
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    ],
    ['fn', metaLetters('Mary'), 'mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['fn', metaLetters('정'), '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['fn', metaLetters('Valéry'), 'valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
  ];
  for (const [field, normalised, text, hash] of cases)
    it(`${field}: ${text}`, () => {
      expect(normalised).toBe(text);
      expect(sha256sum(text)).toBe(hash);
    });
  it('country: United States → us', () => {
    expect(sha256sum('us')).toBe('79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621');
  });
});

describe('Meta field rules', () => {
  it('keeps letters only, in lower case, for names and cities', () => {
    expect(metaLetters("O'Neil-Smith")).toBe('oneilsmith');
    expect(metaLetters('Menlo Park')).toBe('menlopark');
    expect(metaLetters('Saint-Étienne')).toBe('saintétienne');
    expect(metaLetters('深圳市')).toBe('深圳市');
    expect(metaLetters(' .- ')).toBeNull();
  });

  it('writes US states as their code, other states as letters only', () => {
    expect(metaState('California', 'US')).toBe('ca');
    expect(metaState('CA', 'US')).toBe('ca');
    expect(metaState('New York', null)).toBe('ny');
    expect(metaState('广东省', 'CN')).toBe('广东省');
    expect(metaState('Île-de-France', 'FR')).toBe('îledefrance');
  });

  it('writes zip codes in lower case without spaces or dashes; US the first 5 digits', () => {
    expect(metaZip('94035-1234', 'US')).toBe('94035');
    expect(metaZip('94035-1234', null)).toBe('94035');
    expect(metaZip('M1 1AE', 'GB')).toBe('m11ae');
    expect(metaZip('75018', 'FR')).toBe('75018');
    expect(metaZip('123-4567', 'JP')).toBe('1234567');
  });

  it('writes phones as digits with the country code, no + and no leading zeros', () => {
    expect(metaPhone('+44 844 412 4653', null)).toBe('448444124653');
    expect(metaPhone('07911 123456', 'GB')).toBe('447911123456');
    expect(metaPhone('0044 7911 123456', null)).toBe('447911123456');
    expect(metaPhone('12', 'GB')).toBeNull();
  });
});

describe('Google field rules', () => {
  it('lower-cases names and removes extra spaces, accents kept', () => {
    expect(googleName('  Mary   Ann ')).toBe('mary ann');
    expect(googleName('Zoë')).toBe('zoë');
    expect(googleName('   ')).toBeNull();
  });
});

describe('postcodeDigits', () => {
  it('gives back the leading zeros a spreadsheet dropped, where the country writes codes of one length', () => {
    const cases: [string, string | null][] = [
      ['2134', 'US'], // Boston 02134
      ['1067', 'DE'], // Dresden 01067
      ['150', 'NO'], // Oslo 0150
      ['800', 'AU'], // Darwin 0800
      ['10000', 'CN'], // Hohhot 010000
      ['2134', 'DK'], // Danish codes are four digits: as it is
      ['2134', null], // no country known: as it is
      ['94035', 'US'],
      ['SW1A 1AA', 'GB'],
      ['21', 'US'], // too short to be a code that lost its zeros
    ];
    expect(cases.map(([text, country]) => postcodeDigits(text, country))).toEqual([
      '02134',
      '01067',
      '0150',
      '0800',
      '010000',
      '2134',
      '2134',
      '94035',
      'SW1A 1AA',
      '21',
    ]);
  });
});
