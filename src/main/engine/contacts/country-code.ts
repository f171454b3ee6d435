import { alpha3ToAlpha2, isValid } from 'i18n-iso-countries/index';
import enCountries from 'i18n-iso-countries/langs/en.json';
import zhCountries from 'i18n-iso-countries/langs/zh.json';

/**
 * Names shops write that are not ISO names: codes in use before or beside ISO 3166 (UK, EIRE,
 * RSA), the home nations, and common Chinese forms. "Channel Islands" (Jersey JE and Guernsey GG),
 * "European Community" and "Unspecified" name no one country and stay unmapped.
 */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  eire: 'IE',
  rsa: 'ZA',
  holland: 'NL',
  czechia: 'CZ',
  korea: 'KR',
  中华人民共和国: 'CN',
  中国大陆: 'CN',
  大陆: 'CN',
  内地: 'CN',
  中国内地: 'CN',
  中国香港: 'HK',
  香港特别行政区: 'HK',
  中国澳门: 'MO',
  澳门特别行政区: 'MO',
  台湾: 'TW',
  中国台湾: 'TW',
  英格兰: 'GB',
  苏格兰: 'GB',
  大不列颠: 'GB',
  阿拉伯联合酋长国: 'AE',
  印度尼西亚: 'ID',
  南韩: 'KR',
  美利坚合众国: 'US',
};

/** A name as compared: NFKC, lower case, dots and commas dropped, spaces collapsed. */
const nameKey = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();

function buildNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const locale of [enCountries, zhCountries]) {
    for (const [code, name] of Object.entries(locale.countries as Record<string, string | string[]>)) {
      for (const one of Array.isArray(name) ? name : [name]) {
        const key = nameKey(one);
        if (!names.has(key)) names.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) names.set(nameKey(name), code);
  return names;
}

/** Every English and Chinese country name i18n-iso-countries knows, and the aliases, by nameKey. */
const NAMES = buildNames();

/**
 * A country's ISO 3166-1 alpha-2 code (upper case) from a code (alpha-2 or alpha-3, any case) or a
 * name in English or Chinese ("United Kingdom", "UK", "EIRE", "中国"); null when the text names no
 * one country.
 */
export function countryCode(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return null;
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return NAMES.get(nameKey(trimmed)) ?? null;
}
