import { describe, expect, it } from 'vitest';
import {
  countryCodeOf,
  countryCodes,
  countryName,
  localeCountry,
} from '../../../../../src/renderer/src/components/preset-export/country-names';

describe('country names for the default phone country', () => {
  it('reads a country as data writes it: a code, an English or Chinese name, UK; null for what names none', () => {
    expect(
      ['GB', 'gb', 'UK', 'United Kingdom', ' united kingdom ', '英国', 'China', '中国', 'cn'].map(countryCodeOf),
    ).toEqual(['GB', 'GB', 'GB', 'GB', 'GB', 'GB', 'CN', 'CN', 'CN']);
    expect(['Atlantis', 'XX', ''].map(countryCodeOf)).toEqual([null, null, null]);
  });

  it('names and sorts every country in the UI language', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'zh-CN')).toBe('德国');
    const en = countryCodes('en');
    expect(en.length).toBeGreaterThan(240);
    expect(en.indexOf('DE')).toBeLessThan(en.indexOf('GB'));
  });

  it('the locale’s country: China for the Chinese UI, else the system’s region, else the US', () => {
    expect(localeCountry('zh-CN', ['en-GB'])).toBe('CN');
    expect(localeCountry('en', ['en-GB', 'de-DE'])).toBe('GB');
    expect(localeCountry('en', ['en', 'fr-FR'])).toBe('FR');
    expect(localeCountry('en', ['en'])).toBe('US');
  });
});
