import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { Language } from '../../../../shared/schemas';

type Names = Record<string, string | string[]>;
const NAMES: Record<Language, Names> = { en: en.countries as Names, 'zh-CN': zh.countries as Names };

/** The country's common name in a UI language ("United Kingdom", "英国"). */
export function countryName(code: string, lang: Language): string {
  const name = NAMES[lang][code];
  return (Array.isArray(name) ? name[0] : name) ?? code;
}

/** Every ISO 3166-1 alpha-2 code, sorted by its name in the UI language. */
export function countryCodes(lang: Language): string[] {
  return Object.keys(NAMES.en).sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
}

const squash = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[.\s]+/g, ' ');

/** A country as data writes it ("GB", "United Kingdom", "UK", "英国") as its ISO-2 code; null when it names none. */
export function countryCodeOf(value: string): string | null {
  const v = squash(value);
  if (/^[a-z]{2}$/.test(v)) {
    const code = v === 'uk' ? 'GB' : v.toUpperCase();
    return code in NAMES.en ? code : null;
  }
  for (const names of Object.values(NAMES))
    for (const [code, name] of Object.entries(names))
      if ((Array.isArray(name) ? name : [name]).some((n) => squash(n) === v)) return code;
  return null;
}

/** The country of the app's locale: China for the Chinese UI; else the system's region when it names one, else the US. */
export function localeCountry(lang: Language, languages: readonly string[]): string {
  if (lang === 'zh-CN') return 'CN';
  for (const tag of languages) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/.exec(tag)?.[1];
    if (region && region in NAMES.en) return region;
  }
  return 'US';
}
