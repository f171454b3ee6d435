import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  countryCode,
  normaliseEmail,
  phoneE164,
  phoneNumber,
  sha256Hex,
} from '../../../../../src/main/engine/contacts/normalise';
import { sharedData } from '../../../../helpers/paths';
import { sha256sum } from '../../../../helpers/sha256sum';

describe('normaliseEmail', () => {
  it('trims and lower-cases; Google’s dot rule only for gmail.com and googlemail.com', () => {
    expect(normaliseEmail('  John.Doe@GMAIL.com ', false)).toBe('john.doe@gmail.com');
    expect(normaliseEmail('  John.Doe@GMAIL.com ', true)).toBe('johndoe@gmail.com');
    expect(normaliseEmail('A.B.C@GoogleMail.com', true)).toBe('abc@googlemail.com');
    expect(normaliseEmail('first.last@example.co.uk', true)).toBe('first.last@example.co.uk');
    // Google's rule removes dots only: a "+tag" stays, the domain is not rewritten.
    expect(normaliseEmail('j.doe+shop@gmail.com', true)).toBe('jdoe+shop@gmail.com');
  });

  it('is null for a text that is not a plausible address', () => {
    for (const bad of ['', '   ', 'not an email', 'a@b', '@x.com', 'a b@x.com', 'a@@x.com', 'a@x..com', 'a@.x.com'])
      expect(normaliseEmail(bad, false), bad).toBeNull();
    expect(normaliseEmail('...@gmail.com', true)).toBeNull();
  });
});

describe('phoneE164', () => {
  it('writes numbers in E.164, the country saying the code of a number written without one', () => {
    expect(phoneE164('07911 123456', 'GB')).toBe('+447911123456');
    expect(phoneE164('138 1234 5678', 'CN')).toBe('+8613812345678');
    expect(phoneE164('(650)555-1212', 'US')).toBe('+16505551212');
    expect(phoneE164('020 7183 8750', 'GB')).toBe('+442071838750');
    // A number with its code keeps it whatever the country says.
    expect(phoneE164('+44 7911 123456', 'CN')).toBe('+447911123456');
    expect(phoneE164('0044 7911 123456', null)).toBe('+447911123456');
    expect(phoneE164('008613812345678', 'CN')).toBe('+8613812345678');
    // An extension is dropped.
    expect(phoneE164('07911 123456 ext. 12', 'GB')).toBe('+447911123456');
  });

  it('is null without a country for a number without its code, and for numbers that are not valid', () => {
    expect(phoneE164('13812345678', null)).toBeNull();
    // Possible (the right length) but no Chinese number begins 12: not valid.
    expect(phoneE164('+86 12345678901', null)).toBeNull();
    expect(phoneE164('12345', 'US')).toBeNull();
    expect(phoneE164('', 'GB')).toBeNull();
    expect(phoneE164('n/a', 'GB')).toBeNull();
  });

  it('reads "00" as "+" also in a country whose international prefix is not 00 (the US dials 011)', () => {
    expect(phoneE164('0044 7911 123456', 'US')).toBe('+447911123456');
    expect(phoneE164('00 86 138 1234 5678', 'US')).toBe('+8613812345678');
  });

  it('tells a mobile from a landline, toll-free or premium-rate line; a number the plan cannot tell (the US) counts as mobile', () => {
    const kinds = [
      ['07911 123456', 'GB'],
      ['020 7183 8750', 'GB'],
      ['0800 123 4567', 'GB'],
      ['13812345678', 'CN'],
      ['010 6552 9988', 'CN'],
      ['(650) 555-1212', 'US'],
    ].map(([text, country]) => phoneNumber(text, country)?.mobile);
    expect(kinds).toEqual([true, false, false, true, false, true]);
  });
});

describe('countryCode', () => {
  it('maps every country the Online Retail file names, but the three that name no one country', () => {
    const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
    const names = new Set(
      text
        .split('\n')
        .slice(1)
        .filter((l) => l !== '')
        .map((l) => l.slice(l.lastIndexOf(',') + 1).trim()),
    );
    const expected: Record<string, string | null> = {
      Australia: 'AU',
      Austria: 'AT',
      Bahrain: 'BH',
      Belgium: 'BE',
      Brazil: 'BR',
      Canada: 'CA',
      'Channel Islands': null,
      Cyprus: 'CY',
      'Czech Republic': 'CZ',
      Denmark: 'DK',
      EIRE: 'IE',
      'European Community': null,
      Finland: 'FI',
      France: 'FR',
      Germany: 'DE',
      Greece: 'GR',
      'Hong Kong': 'HK',
      Iceland: 'IS',
      Israel: 'IL',
      Italy: 'IT',
      Japan: 'JP',
      Lebanon: 'LB',
      Lithuania: 'LT',
      Malta: 'MT',
      Netherlands: 'NL',
      Norway: 'NO',
      Poland: 'PL',
      Portugal: 'PT',
      RSA: 'ZA',
      'Saudi Arabia': 'SA',
      Singapore: 'SG',
      Spain: 'ES',
      Sweden: 'SE',
      Switzerland: 'CH',
      USA: 'US',
      'United Arab Emirates': 'AE',
      'United Kingdom': 'GB',
      Unspecified: null,
    };
    expect([...names].sort()).toEqual(Object.keys(expected).sort());
    for (const name of names) expect(countryCode(name), name).toBe(expected[name]);
  });

  it('reads codes in any case and English or Chinese names', () => {
    const cases: [string, string | null][] = [
      ['gb', 'GB'],
      ['GBR', 'GB'],
      ['uk', 'GB'],
      ['U.K.', 'GB'],
      ['usa', 'US'],
      ['United States', 'US'],
      [' china ', 'CN'],
      ['中国', 'CN'],
      ['中华人民共和国', 'CN'],
      ['英国', 'GB'],
      ['美国', 'US'],
      ['香港', 'HK'],
      ['台湾', 'TW'],
      ['Channel Islands', null],
      ['Atlantis', null],
      ['', null],
    ];
    for (const [text, code] of cases) expect(countryCode(text), text).toBe(code);
    expect(countryCode(null)).toBeNull();
  });
});

describe('sha256Hex', () => {
  it('is the FIPS 180-2 test vector for "abc" and agrees with sha256sum on UTF-8 text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256sum('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const text of ['', 'johndoe@gmail.com', '+8613812345678', '张伟', 'zoë'])
      expect(sha256Hex(text), text).toBe(sha256sum(text));
  });
});
